import Foundation

/// A card file split into its YAML front matter and its Markdown body.
struct FrontMatter {
  /// The YAML between the two `---` lines.
  var yaml: String
  /// The 1-based line of the file where the YAML starts.
  var yamlFirstLine: Int
  /// The lines after the closing `---`.
  var bodyLines: [Substring]
  /// The 1-based line of the file where the body starts.
  var bodyFirstLine: Int

  /// Splits `text`; nil when it does not open with a `---` line closed by another.
  init?(text: String) {
    // "\r\n" is one Character in Swift, so normalise line endings before splitting.
    let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
    let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
    guard let opening = lines.first, opening.trimmingPrefix("\u{FEFF}") == "---" else { return nil }
    let first = 1
    guard let closing = lines[first...].firstIndex(where: { $0 == "---" }) else { return nil }
    yaml = lines[first..<closing].joined(separator: "\n")
    yamlFirstLine = first + 1
    bodyLines = Array(lines[(closing + 1)...])
    bodyFirstLine = closing + 2
  }
}
