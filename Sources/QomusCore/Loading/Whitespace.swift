/// Whitespace trimming in Swift's own string model, without bridging to `NSString`: the same characters as
/// Foundation's `.whitespacesAndNewlines` (Unicode `White_Space`: space separators, tab to carriage return, U+0085,
/// U+2028, U+2029) and `.whitespaces` (space separators and tab), both with U+200B ZERO WIDTH SPACE as Foundation
/// has it, removed scalar by scalar as `trimmingCharacters(in:)` does.
enum Whitespace {
  /// Whether `scalar` is in Foundation's `.whitespacesAndNewlines`.
  @inline(__always)
  static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return isASCIIWhitespaceOrNewline(UInt8(scalar.value)) }
    return scalar.value == 0x200B || scalar.properties.isWhitespace
  }

  /// Whether `scalar` is in Foundation's `.whitespaces`: a space separator (`Zs`) or a tab.
  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar == " " || scalar == "\t" }
    return scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator
  }

  /// Whether the ASCII byte `byte` is a space, a tab, or a line feed, vertical tab, form feed or carriage return.
  @inline(__always)
  static func isASCIIWhitespaceOrNewline(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }

  /// `text` without leading and trailing whitespace and newlines.
  static func trimmed(_ text: String) -> String {
    trimmed(text[...], where: isWhitespaceOrNewline)
  }

  /// `text` without leading and trailing spaces and tabs (not newlines).
  static func trimmedSpaces(_ text: Substring) -> String {
    trimmed(text, where: isWhitespace)
  }

  private static func trimmed(_ text: Substring, where isSpace: (Unicode.Scalar) -> Bool) -> String {
    let utf8 = text.utf8
    // Most values have no surrounding space: check the first and last bytes before walking scalars.
    if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
      !isSpace(Unicode.Scalar(first)), !isSpace(Unicode.Scalar(last))
    {
      return String(text)
    }
    let scalars = text.unicodeScalars
    guard let start = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
    let end = scalars.lastIndex(where: { !isSpace($0) })!
    return String(scalars[start...end])
  }
}
