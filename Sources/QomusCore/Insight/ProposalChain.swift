/// A proposal and what it rests on, ready to walk: the deficiencies it addresses (with the acts each concerns),
/// the foreign models it draws on and the Uzbek acts it would change — all derived from the cards' links.
public struct ProposalChain: Sendable, Hashable {
  /// A deficiency the proposal addresses, with the acts and platforms that deficiency concerns.
  public struct Deficiency: Sendable, Hashable {
    public var deficiency: CardReference
    public var concerns: [CardReference]
  }

  /// One line of the chain as a view shows it: indented by `depth`, reached through `relation` (nil for the
  /// proposal itself), opening `card`.
  public struct Row: Sendable, Hashable {
    public var depth: Int
    public var relation: LinkRelation?
    public var card: CardReference
  }

  public var proposal: CardReference
  public var topics: [Topic]
  public var deficiencies: [Deficiency]
  public var models: [CardReference]
  public var changes: [CardReference]

  /// The chain of the proposal `id`; nil when there is no such card or it is not a proposal.
  public init?(proposal id: String, in corpus: Corpus) {
    guard let card = corpus[id], card.kind == .proposal else { return nil }
    func targets(of card: Card, _ relation: LinkRelation) -> [Card] {
      corpus.resolvedLinks(of: card).filter { $0.relation == relation }.compactMap {
        corpus[$0.target]
      }
    }
    proposal = CardReference(card)
    topics = card.topics
    deficiencies = targets(of: card, .addresses).map { deficiency in
      Deficiency(
        deficiency: CardReference(deficiency),
        concerns: targets(of: deficiency, .concerns).map(CardReference.init))
    }
    models = targets(of: card, .modelledOn).map(CardReference.init)
    changes = targets(of: card, .changes).map(CardReference.init)
  }

  /// The chain as indented rows: the proposal; each deficiency it addresses followed by the acts that deficiency
  /// concerns; its models; the acts it would change.
  public var rows: [Row] {
    var rows = [Row(depth: 0, relation: nil, card: proposal)]
    for item in deficiencies {
      rows.append(Row(depth: 1, relation: .addresses, card: item.deficiency))
      rows += item.concerns.map { Row(depth: 2, relation: .concerns, card: $0) }
    }
    rows += models.map { Row(depth: 1, relation: .modelledOn, card: $0) }
    rows += changes.map { Row(depth: 1, relation: .changes, card: $0) }
    return rows
  }

  /// The jurisdictions of the models, in first-seen order.
  public var modelJurisdictions: [Jurisdiction] {
    var seen: Set<Jurisdiction> = []
    return models.map(\.jurisdiction).filter { seen.insert($0).inserted }
  }

  /// Every act or platform the addressed deficiencies concern, without repeats, in first-seen order.
  public var concernedActs: [CardReference] {
    var seen: Set<String> = []
    return deficiencies.flatMap(\.concerns).filter { seen.insert($0.id).inserted }
  }
}
