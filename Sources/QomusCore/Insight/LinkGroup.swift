/// The cards a card links to (or is linked from) with one relation, e.g. “Addresses: …” or “Addressed by: …”.
public struct LinkGroup: Sendable, Hashable {
  public var relation: LinkRelation
  /// True for links seen from their target (“Addressed by”), false for the card's own links (“Addresses”).
  public var isBacklink: Bool
  public var cards: [CardReference]
  /// The ids of the cards in the group reached through a link that is Qomus's inference (see `CardLink.inferred`).
  public var inferred: Set<String>

  public init(
    relation: LinkRelation, isBacklink: Bool, cards: [CardReference], inferred: Set<String> = []
  ) {
    self.relation = relation
    self.isBacklink = isBacklink
    self.cards = cards
    self.inferred = inferred
  }

  /// The group's heading: the relation's name, or its inverse name for backlinks.
  public var name: LocalizedText { isBacklink ? relation.inverseName : relation.name }

  /// The card's links then its backlinks, grouped by relation in vocabulary order; empty groups are left out.
  public static func groups(of card: Card, in corpus: Corpus) -> [LinkGroup] {
    let links = corpus.resolvedLinks(of: card)
    let backlinks = corpus.backlinks(to: card.id)
    var groups: [LinkGroup] = []
    for relation in LinkRelation.allCases {
      let matching = links.filter { $0.relation == relation }
      let targets = matching.compactMap { corpus[$0.target] }
      if !targets.isEmpty {
        groups.append(
          LinkGroup(
            relation: relation, isBacklink: false, cards: targets.map(CardReference.init),
            inferred: Set(matching.filter(\.inferred).map(\.target))))
      }
    }
    for relation in LinkRelation.allCases {
      let matching = backlinks.filter { $0.relation == relation }
      let sources = matching.compactMap { corpus[$0.source] }
      if !sources.isEmpty {
        groups.append(
          LinkGroup(
            relation: relation, isBacklink: true, cards: sources.map(CardReference.init),
            inferred: Set(matching.filter(\.inferred).map(\.source))))
      }
    }
    return groups
  }
}
