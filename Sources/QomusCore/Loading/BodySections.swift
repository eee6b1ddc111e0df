/// The per-language sections of a card body, headed `# uz` and `# en`.
struct BodySections {
  var text: [Language: String] = [:]
  var line: [Language: Int] = [:]
  /// Each section's lines with their 1-based line numbers in the file.
  var numberedLines: [Language: [(number: Int, text: Substring)]] = [:]
  /// Non-blank lines before the first language heading.
  var strayLine: Int?

  init(lines: [Substring], firstLine: Int) {
    var current: Language?
    var collected: [Language: [Substring]] = [:]
    for (offset, line) in lines.enumerated() {
      if let language = Self.heading(line) {
        current = language
        self.line[language] = firstLine + offset
        collected[language] = []
        numberedLines[language] = []
      } else if let current {
        collected[current, default: []].append(line)
        numberedLines[current, default: []].append((firstLine + offset, line))
      } else if !line.allSatisfy(\.isWhitespace), strayLine == nil {
        strayLine = firstLine + offset
      }
    }
    for (language, lines) in collected {
      text[language] = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
  }

  private static func heading(_ line: Substring) -> Language? {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("# ") else { return nil }
    return Language(
      rawValue: String(trimmed.dropFirst(2)).trimmingCharacters(in: .whitespaces).lowercased())
  }
}
