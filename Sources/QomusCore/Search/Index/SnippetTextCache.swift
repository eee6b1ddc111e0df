/// A field's text as the index stores it, with the byte range of every word: what a snippet is cut from.
struct SnippetText: Sendable {
  let text: String
  /// Word `i` (token position `i`) at `words[i]`.
  let words: [Range<Int>]

  init(_ text: String) {
    var words: [Range<Int>] = []
    var copy = text
    copy.withUTF8 { bytes in
      WordScanner.scan(bytes) { group in
        for word in group { words.append(word.start..<word.end) }
      }
    }
    self.text = copy
    self.words = words
  }
}

/// Snippet texts of the cards recently hit: while a user types, the same cards come back query after query, and
/// converting a long Markdown body and finding its words costs more than the rest of its snippet. Bounded: it is
/// emptied when it reaches `capacity` entries.
final class SnippetTextCache: Sendable {
  static let capacity = 1_024

  private let texts = LockedValue<[Int: SnippetText]>([:])

  /// The summary or body of `card` (at corpus position `position`) in `column`'s language, as stored.
  func text(of card: Card, at position: Int, column: SearchIndex.Column) -> SnippetText {
    let key = position * SearchIndex.Column.allCases.count + column.rawValue
    if let known = texts.withLock({ $0[key] }) { return known }
    let text: SnippetText
    switch column {
    case .summaryUz: text = SnippetText(IndexedText.line(card.summary.uz))
    case .summaryEn: text = SnippetText(IndexedText.line(card.summary.en))
    case .bodyUz: text = SnippetText(IndexedText.body(of: card, .uz))
    case .bodyEn: text = SnippetText(IndexedText.body(of: card, .en))
    case .titleUz, .titleEn, .keys: text = SnippetText("")
    }
    texts.withLock { texts in
      if texts.count >= Self.capacity { texts.removeAll(keepingCapacity: true) }
      texts[key] = text
    }
    return text
  }
}
