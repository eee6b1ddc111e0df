/// One card of the encyclopedia: an act, a foreign analogue, a deficiency, a proposal, a platform or the source.
public struct Card: Sendable, Identifiable {
  public var id: String
  public var kind: CardKind
  public var jurisdiction: Jurisdiction
  public var title: LocalizedText
  public var summary: LocalizedText
  /// The body in Markdown, per language.
  public var body: LocalizedText
  public var number: String?
  public var issuer: LocalizedText?
  public var adopted: PartialDate?
  public var inForce: PartialDate?
  public var status: ActStatus?
  public var topics: [Topic]
  public var sources: [CardSource]
  public var links: [CardLink]
  public var notes: [FactNote]
  /// The file the card was read from (empty for cards built in code).
  public var file: String

  public init(
    id: String, kind: CardKind, jurisdiction: Jurisdiction, title: LocalizedText, summary: LocalizedText,
    body: LocalizedText, number: String? = nil, issuer: LocalizedText? = nil, adopted: PartialDate? = nil,
    inForce: PartialDate? = nil, status: ActStatus? = nil, topics: [Topic] = [], sources: [CardSource] = [],
    links: [CardLink] = [], notes: [FactNote] = [], file: String = ""
  ) {
    self.id = id
    self.kind = kind
    self.jurisdiction = jurisdiction
    self.title = title
    self.summary = summary
    self.body = body
    self.number = number
    self.issuer = issuer
    self.adopted = adopted
    self.inForce = inForce
    self.status = status
    self.topics = topics
    self.sources = sources
    self.links = links
    self.notes = notes
    self.file = file
  }

  /// The year shown in lists and the timeline: adoption, else entry into force.
  public var year: Int? { (adopted ?? inForce)?.year }
}
