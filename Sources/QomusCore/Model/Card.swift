/// One card of the encyclopedia: an act, a foreign analogue, a deficiency, a proposal, a platform or the source.
public struct Card: Sendable, Identifiable {
  public var id: String { didSet { refreshIndexDigest() } }
  public var kind: CardKind { didSet { refreshIndexDigest() } }
  public var jurisdiction: Jurisdiction { didSet { refreshIndexDigest() } }
  public var title: LocalizedText { didSet { refreshIndexDigest() } }
  public var summary: LocalizedText { didSet { refreshIndexDigest() } }
  /// The body in Markdown, per language.
  public var body: LocalizedText { didSet { refreshIndexDigest() } }
  public var number: String? { didSet { refreshIndexDigest() } }
  public var issuer: LocalizedText? { didSet { refreshIndexDigest() } }
  public var adopted: PartialDate? { didSet { refreshIndexDigest() } }
  public var inForce: PartialDate? { didSet { refreshIndexDigest() } }
  public var status: ActStatus?
  public var topics: [Topic] { didSet { refreshIndexDigest() } }
  public var sources: [CardSource]
  public var links: [CardLink]
  public var notes: [FactNote]
  /// The file the card was read from (empty for cards built in code).
  public var file: String
  /// A hash of the fields the search index holds, kept current as they change: the search index's fingerprint
  /// combines these rather than hashing all the text again on every start (`ContentFingerprint`).
  private(set) var indexDigest: (UInt64, UInt64) = (0, 0)

  public init(
    id: String, kind: CardKind, jurisdiction: Jurisdiction, title: LocalizedText,
    summary: LocalizedText,
    body: LocalizedText, number: String? = nil, issuer: LocalizedText? = nil,
    adopted: PartialDate? = nil,
    inForce: PartialDate? = nil, status: ActStatus? = nil, topics: [Topic] = [],
    sources: [CardSource] = [],
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
    refreshIndexDigest()
  }

  private mutating func refreshIndexDigest() {
    indexDigest = ContentFingerprint.digest(of: self)
  }

  /// The year shown in lists and the timeline: adoption, else entry into force.
  public var year: Int? { (adopted ?? inForce)?.year }

  /// Whether the card draws on the article: it has at least one `section:` source.
  public var citesTheArticle: Bool {
    sources.contains { if case .section = $0 { true } else { false } }
  }
}
