/// The loaded cards, indexed by id, with backlinks computed from the links (and `cites` backlinks on the source
/// card from every card with a `section:` source).
public struct Corpus: Sendable {
  /// Cards in display order: by kind, then jurisdiction (Uzbekistan first), then id.
  public let cards: [Card]
  private let indexByID: [String: Int]
  private let backlinksByID: [String: [Backlink]]

  public init(cards: [Card]) {
    let jurisdictionOrder = Dictionary(
      uniqueKeysWithValues: Jurisdiction.allCases.enumerated().map { ($1, $0) })
    // Sorting positions by small keys, not the cards themselves: moving a large card value costs a retain and
    // release of each of its fields, which on 100,000 cards was most of the sort.
    let keys = cards.map { (kind: $0.kind, jurisdiction: jurisdictionOrder[$0.jurisdiction]!, id: $0.id) }
    let order = keys.indices.sorted { lhs, rhs in
      let left = keys[lhs]
      let right = keys[rhs]
      if left.kind != right.kind { return left.kind < right.kind }
      if left.jurisdiction != right.jurisdiction { return left.jurisdiction < right.jurisdiction }
      if left.id != right.id { return left.id < right.id }
      return lhs < rhs
    }
    let sorted = order.map { cards[$0] }
    self.cards = sorted
    var index: [String: Int] = [:]
    for (position, card) in sorted.enumerated() where index[card.id] == nil {
      index[card.id] = position
    }
    indexByID = index
    var backlinks: [String: [Backlink]] = [:]
    for card in sorted {
      for link in card.links where index[link.target] != nil && link.target != card.id {
        let backlink = Backlink(relation: link.relation, source: card.id, inferred: link.inferred)
        if backlinks[link.target, default: []].contains(backlink) == false {
          backlinks[link.target, default: []].append(backlink)
        }
      }
    }
    // Every card drawn from the article (a `section:` source) is reachable from the source card.
    for source in sorted where source.kind == .source {
      for card in sorted where card.kind != .source && card.citesTheArticle {
        backlinks[source.id, default: []].append(Backlink(relation: .cites, source: card.id))
      }
    }
    backlinksByID = backlinks
  }

  /// The card with `id`, if any.
  public subscript(id: String) -> Card? {
    indexByID[id].map { cards[$0] }
  }

  /// The cards of one kind, in display order.
  public func cards(of kind: CardKind) -> [Card] {
    cards.filter { $0.kind == kind }
  }

  /// The links from other cards to `id`.
  public func backlinks(to id: String) -> [Backlink] {
    backlinksByID[id] ?? []
  }

  /// The links of `card` whose target exists, in file order.
  public func resolvedLinks(of card: Card) -> [CardLink] {
    card.links.filter { indexByID[$0.target] != nil }
  }
}
