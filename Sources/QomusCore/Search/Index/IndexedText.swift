/// The text the index stores for a card's fields: bodies lose their Markdown syntax (heading marks, list and quote
/// markers, `**`/`__` emphasis, `[text](url)` links) so that snippets read as prose, and no field keeps the
/// private-use character that marks English columns. Works on UTF-8 bytes: it runs over every body
/// when an index is built.
package enum IndexedText {
  /// Starts every English column, telling the tokenizer to use the English analyzer (private use, never content).
  static let englishMarker: Character = "\u{E010}"

  /// A one-line field (title, summary) as stored: without the marker character.
  static func line(_ text: String) -> String {
    guard text.utf8.contains(0xEE) else { return text }
    return String(
      String.UnicodeScalarView(
        text.unicodeScalars.filter { $0 != englishMarker.unicodeScalars.first }))
  }

  /// The body column of `card` in `language`: its Markdown body as stored, then a line with its issuer (an act's
  /// `Oʻzbekiston Respublikasi Oliy Majlisi`), so that acts are found by who issued them. Words are counted from the
  /// start, so the issuer, last, moves no match position of the body.
  package static func body(of card: Card, _ language: Language, body: LocalizedText? = nil) -> String {
    let body = fromMarkdown((body ?? card.body)[language])
    guard let issuer = card.issuer?[language], !issuer.isEmpty else { return body }
    return body + "\n" + line(issuer)
  }

  /// A Markdown body as stored.
  static func fromMarkdown(_ markdown: String) -> String {
    var markdown = markdown
    let output = markdown.withUTF8 { bytes -> [UInt8] in
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      var start = 0
      while start <= bytes.count {
        var end = start
        while end < bytes.count, bytes[end] != newline { end += 1 }
        if start > 0 { output.append(newline) }
        appendLine(UnsafeBufferPointer(rebasing: bytes[start..<end]), to: &output)
        start = end + 1
      }
      return output
    }
    return line(String(decoding: output, as: UTF8.self))
  }

  private static let space = UInt8(ascii: " ")
  private static let newline = UInt8(ascii: "\n")

  /// One line without its block markers, emphasis and link syntax.
  private static func appendLine(_ line: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    var index = 0
    func skipSpaces() { while index < line.count, line[index] == space { index += 1 } }
    skipSpaces()
    while index < line.count, line[index] == UInt8(ascii: "#") || line[index] == UInt8(ascii: ">") {
      index += 1
    }
    skipSpaces()
    if index + 1 < line.count,
      line[index] == UInt8(ascii: "-") || line[index] == UInt8(ascii: "*")
        || line[index] == UInt8(ascii: "+"), line[index + 1] == space
    {
      index += 2
      skipSpaces()
    }
    while index < line.count {
      let byte = line[index]
      // ** and __ emphasis.
      if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_"), index + 1 < line.count,
        line[index + 1] == byte
      {
        index += 2
        continue
      }
      // [text](url) → text.
      if byte == UInt8(ascii: "["), let close = line[index...].firstIndex(of: UInt8(ascii: "]")),
        close + 1 < line.count, line[close + 1] == UInt8(ascii: "("),
        let end = line[(close + 1)...].firstIndex(of: UInt8(ascii: ")"))
      {
        output.append(contentsOf: line[(index + 1)..<close])
        index = end + 1
        continue
      }
      output.append(byte)
      index += 1
    }
  }
}
