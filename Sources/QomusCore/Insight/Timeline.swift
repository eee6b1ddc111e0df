/// Acts and foreign analogues by year — adoption, else entry into force — with replaced and repealed ones marked.
public struct Timeline: Sendable, Hashable {
  /// Which date placed a card on the timeline.
  public enum DateKind: String, Sendable, Hashable {
    case adopted, inForce
  }

  /// One card on the timeline.
  public struct Entry: Sendable, Hashable {
    public var card: CardReference
    public var date: PartialDate
    public var dateKind: DateKind
    /// The cards that replace this one (from `replaces` links).
    public var replacedBy: [CardReference]
    /// True when the card is replaced or repealed: by its status, or because another card replaces it.
    public var isSuperseded: Bool
  }

  /// One year and its cards, in date order (cards known only to the year first), then Uzbekistan first.
  public struct Year: Sendable, Hashable {
    public var year: Int
    public var entries: [Entry]
  }

  /// The years that have cards, oldest first.
  public var years: [Year]
  /// Cards of the chosen kinds that have no date, in corpus order.
  public var undated: [CardReference]

  /// The timeline of the cards of `kinds` in `corpus`.
  public init(corpus: Corpus, kinds: Set<CardKind> = [.act, .analogue]) {
    let jurisdictionRank = Dictionary(
      uniqueKeysWithValues: Jurisdiction.allCases.enumerated().map { ($1, $0) })
    var entries: [Entry] = []
    var undated: [CardReference] = []
    for card in corpus.cards where kinds.contains(card.kind) {
      guard let date = card.adopted ?? card.inForce else {
        undated.append(CardReference(card))
        continue
      }
      let replacedBy = corpus.backlinks(to: card.id).filter { $0.relation == .replaces }.compactMap {
        corpus[$0.source]
      }
      entries.append(
        Entry(
          card: CardReference(card), date: date,
          dateKind: card.adopted != nil ? .adopted : .inForce,
          replacedBy: replacedBy.map(CardReference.init),
          isSuperseded: card.status == .replaced || card.status == .repealed || !replacedBy.isEmpty)
      )
    }
    entries.sort { lhs, rhs in
      if lhs.date != rhs.date { return lhs.date < rhs.date }
      let left = jurisdictionRank[lhs.card.jurisdiction] ?? 0
      let right = jurisdictionRank[rhs.card.jurisdiction] ?? 0
      return left != right ? left < right : lhs.card.id < rhs.card.id
    }
    var years: [Year] = []
    for entry in entries {
      if years.last?.year == entry.date.year {
        years[years.count - 1].entries.append(entry)
      } else {
        years.append(Year(year: entry.date.year, entries: [entry]))
      }
    }
    self.years = years
    self.undated = undated
  }

  /// Every dated entry, oldest first.
  public var entries: [Entry] { years.flatMap(\.entries) }

  /// The first and last year, if any card is dated.
  public var span: ClosedRange<Int>? {
    guard let first = years.first?.year, let last = years.last?.year else { return nil }
    return first...last
  }
}
