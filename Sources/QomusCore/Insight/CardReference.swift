/// What a list, chain or timeline needs to show a card and open it: its id and headline fields.
public struct CardReference: Sendable, Hashable, Identifiable {
  public var id: String
  public var kind: CardKind
  public var jurisdiction: Jurisdiction
  public var title: LocalizedText
  /// Adoption year, else entry into force.
  public var year: Int?
  public var status: ActStatus?

  public init(_ card: Card) {
    id = card.id
    kind = card.kind
    jurisdiction = card.jurisdiction
    title = card.title
    year = card.year
    status = card.status
  }
}
