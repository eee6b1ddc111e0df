/// The filterable fields of every card, packed by rowid, so that `qomus_rank` can apply a query's filters to each
/// matching row itself: cheaper than a subquery over the `cards` table, which on a large corpus reads every card.
struct CardAttributes: Sendable {
  fileprivate var kinds: [UInt8] = []
  fileprivate var jurisdictions: [UInt8] = []
  fileprivate var topics: [UInt32] = []
  /// 0 when a card has no year.
  fileprivate var years: [Int32] = []

  init(_ corpus: Corpus) {
    let cards = corpus.cards
    kinds.reserveCapacity(cards.count)
    jurisdictions.reserveCapacity(cards.count)
    topics.reserveCapacity(cards.count)
    years.reserveCapacity(cards.count)
    for index in cards.indices {
      kinds.append(UInt8(CardKind.allCases.firstIndex(of: cards[index].kind) ?? 0))
      jurisdictions.append(
        UInt8(Jurisdiction.allCases.firstIndex(of: cards[index].jurisdiction) ?? 0))
      topics.append(RowFilter.mask(cards[index].topics, in: Topic.allCases))
      years.append(Int32(clamping: cards[index].year ?? 0))
    }
  }
}

/// A query's filters as bit masks over `CardAttributes`; the same decisions as `SearchFilters.matches`.
struct RowFilter: Sendable {
  private let attributes: CardAttributes
  /// 0: any.
  private let kinds: UInt32
  private let jurisdictions: UInt32
  private let topics: UInt32
  private let years: ClosedRange<Int32>?
  private let isUnsatisfiable: Bool

  init(_ filters: SearchFilters, attributes: CardAttributes) {
    self.attributes = attributes
    kinds = Self.mask(filters.kinds, in: CardKind.allCases)
    jurisdictions = Self.mask(filters.jurisdictions, in: Jurisdiction.allCases)
    topics = Self.mask(filters.topics, in: Topic.allCases)
    years = filters.years.map { Int32(clamping: $0.lowerBound)...Int32(clamping: $0.upperBound) }
    isUnsatisfiable = filters.isUnsatisfiable
  }

  /// Whether the card of `rowid` passes.
  func allows(_ rowid: Int64) -> Bool {
    guard !isUnsatisfiable, rowid >= 1, rowid <= attributes.kinds.count else { return false }
    let index = Int(rowid) - 1
    if kinds != 0, kinds & (1 << UInt32(attributes.kinds[index])) == 0 { return false }
    if jurisdictions != 0, jurisdictions & (1 << UInt32(attributes.jurisdictions[index])) == 0 {
      return false
    }
    if topics != 0, topics & attributes.topics[index] == 0 { return false }
    if let years {
      let year = attributes.years[index]
      guard year != 0, years.contains(year) else { return false }
    }
    return true
  }

  /// One bit per case of `all` present in `values` (at most 32 cases).
  static func mask<Value: Equatable, Values: Sequence>(_ values: Values, in all: [Value]) -> UInt32
  where Values.Element == Value {
    var mask: UInt32 = 0
    for value in values {
      if let index = all.firstIndex(of: value), index < 32 { mask |= 1 << UInt32(index) }
    }
    return mask
  }
}
