/// The per-language sections of a card body, headed `# uz` and `# en`, found in the file's UTF-8 bytes.
///
/// Only lines that could be a heading (a `#` or a non-ASCII character after leading spaces), could be non-blank
/// before the first heading, or hold an apostrophe-like byte are turned into strings and checked exactly; the rest
/// are skipped at the byte level.
struct BodySections {
  var text: [Language: String] = [:]
  var line: [Language: Int] = [:]
  /// Lines of the Uzbek section that may hold a foreign apostrophe, with their 1-based line numbers.
  var uzbekLinesToCheck: [(number: Int, text: String)] = []
  /// The first non-blank line before the first language heading.
  var strayLine: Int?

  /// Splits the lines of `bytes` from `start` (the line numbered `firstLine`) to the end.
  init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, firstLine: Int) {
    var current: Language?
    var sectionStart: [Language: Int] = [:]
    var sectionEnd: [Language: Int] = [:]
    var lines = LineScanner(bytes, from: start, firstLine: firstLine)
    while let (range, number) = lines.next() {
      let content = UnsafeBufferPointer(rebasing: bytes[range])
      if Self.mayBeHeading(content), let language = Self.heading(Self.string(content)) {
        current = language
        line[language] = number
        sectionStart[language] = range.upperBound + 1
        sectionEnd[language] = range.upperBound + 1
        if language == .uz { uzbekLinesToCheck = [] }
      } else if let current {
        sectionEnd[current] = range.upperBound
        if current == .uz, ApostropheCheck.mayHaveForeignApostrophe(content) {
          uzbekLinesToCheck.append((number, Self.string(content)))
        }
      } else if strayLine == nil, !Self.isBlank(content) {
        strayLine = number
      }
    }
    for (language, start) in sectionStart {
      let end = min(max(sectionEnd[language] ?? start, start), bytes.count)
      let start = min(start, end)
      text[language] = Whitespace.trimmed(Self.string(UnsafeBufferPointer(rebasing: bytes[start..<end])))
    }
  }

  private static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// False when the first byte after spaces and tabs is ASCII other than `#`: such a line is no heading.
  private static func mayBeHeading(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in line where byte != 0x20 && byte != 0x09 {
      return byte == 0x23 || byte >= 0x80
    }
    return false
  }

  /// Whether every character of `line` is whitespace (`Character.isWhitespace`).
  private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    if line.allSatisfy({ $0 < 0x80 }) { return line.allSatisfy(Whitespace.isASCIIWhitespaceOrNewline) }
    return string(line).allSatisfy(\.isWhitespace)
  }

  /// The language of a `# uz` / `# en` heading line.
  private static func heading(_ line: String) -> Language? {
    let trimmed = Whitespace.trimmedSpaces(line[...])
    guard trimmed.hasPrefix("# ") else { return nil }
    return Language(rawValue: Whitespace.trimmedSpaces(trimmed.dropFirst(2)).lowercased())
  }
}
