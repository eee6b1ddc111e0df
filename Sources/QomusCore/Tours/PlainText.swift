import Foundation

/// Turns a card body's Markdown into plain pieces a slide can show: paragraphs, list items, first sentences.
enum PlainText {
  /// The blocks of a Markdown body: `.paragraph` for prose (lead-ins like “**Model.**” removed), `.list` for a
  /// bullet list; headings and quotations are left out.
  enum Block: Equatable {
    case paragraph(String)
    case list([String])
  }

  static func blocks(of markdown: String) -> [Block] {
    let chunks = markdown.replacingOccurrences(of: "\r\n", with: "\n").components(
      separatedBy: "\n\n")
    var blocks: [Block] = []
    for chunk in chunks {
      let lines = chunk.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
      guard let first = lines.first, !first.hasPrefix("#"), !first.hasPrefix(">") else { continue }
      let isItem = { (line: String) in line.hasPrefix("- ") || line.hasPrefix("* ") }
      if lines.contains(where: isItem) {
        let prose = lines.prefix { !isItem($0) }
        if !prose.isEmpty { blocks.append(.paragraph(strip(prose.joined(separator: " ")))) }
        // An item runs on over the indented lines that follow it.
        var items: [String] = []
        for line in lines.dropFirst(prose.count) {
          if isItem(line) {
            items.append(String(line.dropFirst(2)))
          } else {
            items[items.count - 1] += " " + line
          }
        }
        blocks.append(.list(items.map(strip)))
      } else {
        let text = strip(dropLeadIn(lines.joined(separator: " ")))
        if !text.isEmpty { blocks.append(.paragraph(text)) }
      }
    }
    return blocks
  }

  /// `text` without Markdown emphasis, code marks and link syntax (`[text](url)` becomes `text`).
  static func strip(_ text: String) -> String {
    var result = text.replacingOccurrences(
      of: #"!?\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
    result = result.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
    result = result.replacingOccurrences(
      of: #"(?<![\p{L}\p{N}])\*([^*\s][^*]*)\*"#, with: "$1", options: .regularExpression)
    return result.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// A paragraph without a bold lead-in such as “**Model.** ”.
  static func dropLeadIn(_ text: String) -> String {
    text.replacingOccurrences(of: #"^\*\*[^*]{1,80}\*\*\s*"#, with: "", options: .regularExpression)
  }

  /// The first sentence of `text`: up to the first `.`, `!` or `?` (and a closing quote after it) that is followed
  /// by a space and a capital, a digit or an opening quote, and does not end an abbreviation (“No.”, “Art.”,
  /// “U.S.”, an initial).
  static func firstSentence(_ text: String) -> String {
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if ".!?".contains(character) {
        // A closing quotation mark or bracket may follow the stop: “… the law.” Then …
        var end = index
        if end + 1 < characters.count, "”»\")".contains(characters[end + 1]) { end += 1 }
        if end + 2 < characters.count, characters[end + 1] == " ",
          startsSentence(characters[end + 2]),
          !(character == "." && endsAbbreviation(characters, at: index))
        {
          return String(characters[...end])
        }
      }
      index += 1
    }
    return text
  }

  /// `text` cut at a word boundary to at most `limit` characters, with an ellipsis when cut.
  static func truncate(_ text: String, to limit: Int) -> String {
    guard text.count > limit else { return text }
    let prefix = text.prefix(limit - 1)
    var cut = prefix.lastIndex(of: " ").map { prefix[..<$0] } ?? prefix
    while let last = cut.last, last.isWhitespace || ",;:—–-(".contains(last) {
      cut = cut.dropLast()
    }
    return cut + "…"
  }

  private static func startsSentence(_ character: Character) -> Bool {
    character.isUppercase || character.isNumber || "“«\"(".contains(character)
  }

  private static let abbreviations: Set<String> = [
    "no", "nos", "art", "arts", "pub", "st", "stat", "cf", "vs", "mr", "dr", "sec", "y", "mod",
    "etc", "vol", "pp",
  ]

  private static func endsAbbreviation(_ characters: [Character], at index: Int) -> Bool {
    var start = index
    while start > 0, !characters[start - 1].isWhitespace, characters[start - 1] != "(" {
      start -= 1
    }
    let token = String(characters[start..<index])
    let word = token.split(separator: "-").last.map(String.init) ?? token
    return (word.count == 1 && word.first?.isLetter == true) || token.contains(".")
      || abbreviations.contains(word.lowercased())
  }
}
