import Foundation
import QomusCore

/// Printing for the command line: sanitised text, colour only on a terminal and never with NO_COLOR.
enum Console {
  /// Styles for human output.
  enum Style: String {
    case bold = "1"
    case dim = "2"
    case accent = "36"
    case warning = "33"
  }

  static let useColor: Bool = {
    let environment = ProcessInfo.processInfo.environment
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    return isatty(STDOUT_FILENO) == 1 && environment["TERM"] != "dumb"
  }()

  /// `text` with control characters made visible, wrapped in `style` when colour is on.
  static func styled(_ text: String, _ style: Style? = nil) -> String {
    let safe = TerminalSanitizer.sanitize(text)
    guard let style, useColor else { return safe }
    return "\u{1B}[\(style.rawValue)m\(safe)\u{1B}[0m"
  }

  /// Prints a warning to stderr: `qomus: warning: …`.
  static func warn(_ message: String) {
    FileHandle.standardError.write(
      Data("qomus: warning: \(TerminalSanitizer.sanitize(message))\n".utf8))
  }

  /// Prints a note to stderr (`qomus: …`): something the user should know that is not output.
  static func note(_ message: String) {
    FileHandle.standardError.write(Data("qomus: \(TerminalSanitizer.sanitize(message))\n".utf8))
  }

  /// Prints `value` as pretty JSON with sorted keys.
  static func printJSON<Value: Encodable>(_ value: Value) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    print(String(decoding: data, as: UTF8.self))
  }
}
