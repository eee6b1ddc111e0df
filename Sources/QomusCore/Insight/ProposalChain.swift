/// A proposal and what it rests on, ready to walk: the deficiencies it addresses (with the acts each concerns),
/// the foreign models it draws on and the Uzbek acts it would change — all derived from the cards' links.
public struct ProposalChain: Sendable, Hashable {
  /// A deficiency the proposal addresses, with the acts and platforms that deficiency concerns.
  public struct Deficiency: Sendable, Hashable {
    public var deficiency: CardReference
    public var concerns: [CardReference]
  }

  /// One line of the chain as a view shows it: indented by `depth`, reached through `relation` (nil for the
  /// proposal itself), opening `card`; `inferred` when that link is Qomus's inference, not the article's.
  public struct Row: Sendable, Hashable {
    public var depth: Int
    public var relation: LinkRelation?
    public var card: CardReference
    public var inferred = false
  }

  public var proposal: CardReference
  public var topics: [Topic]
  public var deficiencies: [Deficiency]
  public var models: [CardReference]
  public var changes: [CardReference]
  /// The fact-check notes on the proposal and on every card of its chain (deficiencies, the acts they concern,
  /// models, acts it would change), in that order: where a premise of the proposal is out of date or unconfirmed.
  public var caveats: [FactCheckCaveat]
  /// The links of the chain that are Qomus's inference, as `relation source target`.
  private var inferredLinks: Set<String> = []

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
    let addressedCards = targets(of: card, .addresses)
    for source in [card] + addressedCards {
      for link in corpus.resolvedLinks(of: source) where link.inferred {
        inferredLinks.insert(Self.key(link.relation, source.id, link.target))
      }
    }
    let addressed = addressedCards.map { ($0, targets(of: $0, .concerns)) }
    deficiencies = addressed.map { deficiency, concerns in
      Deficiency(deficiency: CardReference(deficiency), concerns: concerns.map(CardReference.init))
    }
    let modelCards = targets(of: card, .modelledOn)
    let changedCards = targets(of: card, .changes)
    models = modelCards.map(CardReference.init)
    changes = changedCards.map(CardReference.init)
    let chainCards =
      [card] + addressed.map(\.0) + addressed.flatMap(\.1) + modelCards + changedCards
    caveats = FactCheckCaveat.caveats(of: chainCards)
  }

  /// The chain as indented rows: the proposal; each deficiency it addresses followed by the acts that deficiency
  /// concerns; its models; the acts it would change.
  public var rows: [Row] {
    func row(_ depth: Int, _ relation: LinkRelation, from source: String, _ card: CardReference) -> Row {
      Row(
        depth: depth, relation: relation, card: card,
        inferred: inferredLinks.contains(Self.key(relation, source, card.id)))
    }
    var rows = [Row(depth: 0, relation: nil, card: proposal)]
    for item in deficiencies {
      rows.append(row(1, .addresses, from: proposal.id, item.deficiency))
      rows += item.concerns.map { row(2, .concerns, from: item.deficiency.id, $0) }
    }
    rows += models.map { row(1, .modelledOn, from: proposal.id, $0) }
    rows += changes.map { row(1, .changes, from: proposal.id, $0) }
    return rows
  }

  private static func key(_ relation: LinkRelation, _ source: String, _ target: String) -> String {
    "\(relation.rawValue) \(source) \(target)"
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
