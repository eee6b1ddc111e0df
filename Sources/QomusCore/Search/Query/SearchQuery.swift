/// A user's query, parsed: words, `"phrases"`, `prefix*` words and `key:value` filters. Parsing never fails:
/// whatever is not a phrase or a filter is a word, and FTS5 syntax (`AND`, `NEAR`, `(`, `^`, `:` …) has no
/// special meaning. Control characters (line breaks and tabs of pasted text among them) separate words like spaces;
/// very long input is cut to `maximumLength` characters and `maximumItems` words, of which the search keeps the most
/// informative (`SearchEngine.maximumWords`).
public struct SearchQuery: Sendable, Hashable {
  /// One searched item.
  public enum Item: Sendable, Hashable {
    /// A word as typed; `prefix` when it ended with `*`, or it is the word being typed.
    case word(String, prefix: Bool)
    /// The text between double quotes: its words must appear together, in order.
    case phrase(String)
  }

  public static let maximumLength = 4_000
  public static let maximumItems = 256

  public var items: [Item]
  public var filters: SearchFilters
  /// The `key:value` filters that named nothing, as typed.
  public var unknownFilters: [String]

  /// Parses `text`. With `prefixLastWord`, the last word is a prefix unless the text ends with a space (the word
  /// is finished).
  public init(_ text: String, prefixLastWord: Bool = false) {
    items = []
    filters = SearchFilters()
    unknownFilters = []
    let characters = Array(text.prefix(Self.maximumLength)).map { Self.isControl($0) ? " " : $0 }
    var index = 0
    var lastWordIsOpen = false
    while index < characters.count, items.count < Self.maximumItems {
      let character = characters[index]
      if character.isWhitespace {
        index += 1
        lastWordIsOpen = false
        continue
      }
      if Self.openingQuotes.contains(character) {
        var end = index + 1
        while end < characters.count, !Self.closingQuotes.contains(characters[end]) { end += 1 }
        let phrase = String(characters[(index + 1)..<end])
        if !phrase.allSatisfy(\.isWhitespace) { items.append(.phrase(phrase)) }
        index = end + 1
        lastWordIsOpen = false
        continue
      }
      var end = index
      while end < characters.count, !characters[end].isWhitespace,
        !Self.openingQuotes.contains(characters[end])
      {
        end += 1
      }
      addWord(String(characters[index..<end]))
      lastWordIsOpen = end == characters.count
      index = end
    }
    if prefixLastWord, lastWordIsOpen, case .word(let word, _) = items.last {
      items[items.count - 1] = .word(word, prefix: true)
    }
  }

  /// True when there is nothing to search for and no filter.
  public var isEmpty: Bool { items.isEmpty && filters.isEmpty }

  private mutating func addWord(_ word: String) {
    if let colon = word.firstIndex(of: ":"), colon != word.startIndex {
      let key = word[..<colon].lowercased()
      let value = String(word[word.index(after: colon)...])
      if SearchFilters.keys.contains(key) {
        // `kind:` with nothing after it yet (while typing) is ignored.
        if !value.isEmpty, !filters.apply(key: key, value: value) { unknownFilters.append(word) }
        return
      }
    }
    let prefix = word.hasSuffix("*")
    let stripped = String(word.reversed().drop { $0 == "*" }.reversed())
    guard !stripped.isEmpty else { return }
    items.append(.word(stripped, prefix: prefix))
  }

  private static let openingQuotes: Set<Character> = ["\"", "“", "”", "„", "«", "»"]
  private static let closingQuotes: Set<Character> = ["\"", "“", "”", "«", "»"]

  private static func isControl(_ character: Character) -> Bool {
    character.unicodeScalars.contains { scalar in
      scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
  }
}
