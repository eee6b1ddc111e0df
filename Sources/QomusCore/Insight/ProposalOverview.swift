import Foundation

/// All proposals side by side for a policymaker: what each fixes, draws on and changes, sortable and groupable by
/// topic.
public struct ProposalOverview: Sendable, Hashable {
  /// How to order the proposals.
  public enum Order: String, CaseIterable, Sendable {
    /// As the article numbers them (“Takliflar 1” … “Takliflar 5”), then by id.
    case article
    /// By first topic, in the topic vocabulary's order, then article order.
    case topic
    /// By the number of deficiencies addressed, most first, then article order.
    case reach
    /// By title in the given language.
    case title
  }

  /// One proposal's line.
  public struct Entry: Sendable, Hashable {
    public var chain: ProposalChain
    /// The proposal's number in the article's proposals section, when its sources give one.
    public var articleNumber: Int?

    public var proposal: CardReference { chain.proposal }
    public var topics: [Topic] { chain.topics }
    /// The acts the proposal would change.
    public var changes: [CardReference] { chain.changes }
    /// The fact-check caveats of the proposal's chain.
    public var caveats: [FactCheckCaveat] { chain.caveats }

    /// The names of the acts the proposal would change, in `language`: “Law “On Informatization””, ….
    public func changedActNames(_ language: Language) -> [String] {
      chain.changes.map { $0.title[language] }
    }
  }

  /// The entries in article order.
  public var entries: [Entry]

  public init(corpus: Corpus) {
    let entries = corpus.cards(of: .proposal).compactMap { card in
      ProposalChain(proposal: card.id, in: corpus).map {
        Entry(chain: $0, articleNumber: Self.articleNumber(of: card))
      }
    }
    self.entries = entries.sorted(by: Self.articleOrder)
  }

  /// The entries in `order`; `language` decides title order.
  public func sorted(by order: Order, language: Language = .en) -> [Entry] {
    switch order {
    case .article:
      return entries
    case .topic:
      let rank = Dictionary(uniqueKeysWithValues: Topic.allCases.enumerated().map { ($1, $0) })
      return entries.enumerated().sorted { lhs, rhs in
        let left = lhs.element.topics.first.flatMap { rank[$0] } ?? Int.max
        let right = rhs.element.topics.first.flatMap { rank[$0] } ?? Int.max
        return left != right ? left < right : lhs.offset < rhs.offset
      }.map(\.element)
    case .reach:
      return entries.enumerated().sorted { lhs, rhs in
        let left = lhs.element.chain.deficiencies.count
        let right = rhs.element.chain.deficiencies.count
        return left != right ? left > right : lhs.offset < rhs.offset
      }.map(\.element)
    case .title:
      return entries.sorted {
        $0.proposal.title[language].localizedStandardCompare($1.proposal.title[language])
          == .orderedAscending
      }
    }
  }

  /// Each topic that has proposals, in vocabulary order, with its proposals in article order; a proposal appears
  /// under every topic it is filed under.
  public func groupedByTopic() -> [(topic: Topic, entries: [Entry])] {
    Topic.allCases.compactMap { topic in
      let matching = entries.filter { $0.topics.contains(topic) }
      return matching.isEmpty ? nil : (topic, matching)
    }
  }

  /// The number in a source such as `section: Takliflar 3`.
  static func articleNumber(of card: Card) -> Int? {
    for source in card.sources {
      guard case .section(let section) = source,
        let range = section.range(of: #"Takliflar\s+(\d+)"#, options: .regularExpression)
      else { continue }
      return Int(section[range].filter(\.isNumber))
    }
    return nil
  }

  private static func articleOrder(_ lhs: Entry, _ rhs: Entry) -> Bool {
    switch (lhs.articleNumber, rhs.articleNumber) {
    case (let left?, let right?) where left != right: left < right
    case (.some, nil): true
    case (nil, .some): false
    default: lhs.proposal.id < rhs.proposal.id
    }
  }
}
