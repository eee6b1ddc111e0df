import QomusCore

/// The simplest search: every card's text, lower-cased, scanned for every query word. The benchmark's other
/// baseline; results are in corpus order, unranked.
public struct LinearScanSearch: Sendable {
  private let cards: [(id: String, card: Card, text: String)]

  public init(corpus: Corpus) {
    cards = corpus.cards.map { card in
      let text = [
        card.title.uz, card.title.en, card.summary.uz, card.summary.en, card.body.uz, card.body.en,
      ]
      .joined(separator: "\n").lowercased()
      return (card.id, card, text)
    }
  }

  /// The ids of the cards containing every word of `text` (filters apply), in corpus order.
  public func search(_ text: String, options: SearchOptions = SearchOptions()) -> [String] {
    let query = SearchQuery(text)
    var filters = query.filters
    if let kind = options.kind {
      filters.kinds = filters.kinds.isEmpty ? [kind] : filters.kinds.intersection([kind])
    }
    let needles = query.items.map { item -> String in
      switch item {
      case .word(let word, _): word.lowercased()
      case .phrase(let phrase): phrase.lowercased()
      }
    }
    guard !needles.isEmpty, !filters.isUnsatisfiable else { return [] }
    var ids: [String] = []
    for entry in cards where filters.matches(entry.card) && needles.allSatisfy(entry.text.contains) {
      ids.append(entry.id)
      if ids.count == options.limit { break }
    }
    return ids
  }
}
