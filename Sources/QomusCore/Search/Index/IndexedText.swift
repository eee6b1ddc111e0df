/// The plain text the index stores for a Markdown body: heading marks, list and quote markers, emphasis and link
/// syntax removed, so that snippets read as prose. Also removes the private-use characters that mark snippets.
enum IndexedText {
  /// Starts every English column, telling the tokenizer to use the English analyzer (private use, never content).
  static let englishMarker: Character = "\u{E010}"

  /// A one-line field (title, summary) as stored: without marker characters.
  static func line(_ text: String) -> String {
    text.contains(where: isMarker) ? text.filter { !isMarker($0) } : text
  }

  private static func isMarker(_ character: Character) -> Bool {
    character == englishMarker || character == SnippetMarkers.open || character == SnippetMarkers.close
  }

  static func fromMarkdown(_ markdown: String) -> String {
    var lines: [Substring] = []
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = line.drop { $0 == " " }
      while let first = line.first, first == "#" || first == ">" { line = line.dropFirst() }
      if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { line = line.dropFirst(2) }
      lines.append(line.drop { $0 == " " })
    }
    var text = lines.joined(separator: "\n")
    text = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
    return line(removingLinkSyntax(text))
  }

  /// `[text](url)` → `text`.
  private static func removingLinkSyntax(_ text: String) -> String {
    guard text.contains("](") else { return text }
    var output = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "[") {
      guard let close = rest[open...].firstIndex(of: "]"),
        rest.index(after: close) < rest.endIndex, rest[rest.index(after: close)] == "(",
        let end = rest[close...].firstIndex(of: ")")
      else {
        output += rest[...open]
        rest = rest[rest.index(after: open)...]
        continue
      }
      output += rest[..<open]
      output += rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: end)...]
    }
    return output + rest
  }
}

/// The characters that mark matched words in snippets coming out of SQLite (private use, never in content).
enum SnippetMarkers {
  static let open: Character = "\u{E000}"
  static let close: Character = "\u{E001}"
}
