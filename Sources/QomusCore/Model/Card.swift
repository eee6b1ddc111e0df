/// One card of the encyclopedia: an act, a foreign analogue, a deficiency, a proposal, a platform or the source.
///
/// A card is a value that does not change; `with(_:)` makes a changed copy.
public struct Card: Sendable, Identifiable {
  /// The fields, in one shared object: copying a card (sorting, filtering, building the corpus) is one retain, not
  /// one per field.
  private let storage: Storage

  public var id: String { storage.id }
  public var kind: CardKind { storage.kind }
  public var jurisdiction: Jurisdiction { storage.jurisdiction }
  public var title: LocalizedText { storage.title }
  public var summary: LocalizedText { storage.summary }
  public var number: String? { storage.number }
  public var issuer: LocalizedText? { storage.issuer }
  public var adopted: PartialDate? { storage.adopted }
  public var inForce: PartialDate? { storage.inForce }
  public var status: ActStatus? { storage.status }
  public var topics: [Topic] { storage.topics }
  public var sources: [CardSource] { storage.sources }
  public var links: [CardLink] { storage.links }
  public var notes: [FactNote] { storage.notes }
  /// The file the card was read from (empty for cards built in code).
  public var file: String { storage.file }
  /// A hash of the fields the search index holds (`ContentFingerprint.digest`), made with the card while its text
  /// is fresh: the search index's fingerprint combines these rather than hashing all the text on every start.
  var indexDigest: (UInt64, UInt64) { storage.indexDigest }
  private var bodyText: CardBody { storage.bodyText }

  /// The body in Markdown, per language. A card from the content snapshot reads it from there when it is first
  /// asked for (the card is opened, or a search snippet is cut from it), not at start.
  public var body: LocalizedText { bodyText.text }

  public init(
    id: String, kind: CardKind, jurisdiction: Jurisdiction, title: LocalizedText,
    summary: LocalizedText,
    body: LocalizedText, number: String? = nil, issuer: LocalizedText? = nil,
    adopted: PartialDate? = nil,
    inForce: PartialDate? = nil, status: ActStatus? = nil, topics: [Topic] = [],
    sources: [CardSource] = [],
    links: [CardLink] = [], notes: [FactNote] = [], file: String = ""
  ) {
    self.init(
      Fields(
        id: id, kind: kind, jurisdiction: jurisdiction, title: title, summary: summary, body: body,
        number: number, issuer: issuer, adopted: adopted, inForce: inForce, status: status,
        topics: topics, sources: sources, links: links, notes: notes, file: file))
  }

  /// The card of `fields`.
  public init(_ fields: Fields) {
    self.init(
      fields, body: CardBody(fields.body), indexDigest: ContentFingerprint.digest(of: fields))
  }

  /// A card whose body may be read later, with the digest its fields had when it was parsed.
  init(_ fields: Fields, body: CardBody, indexDigest: (UInt64, UInt64)) {
    storage = Storage(fields, body: body, indexDigest: indexDigest)
  }

  /// Every field, for making a changed copy.
  public var fields: Fields {
    Fields(
      id: id, kind: kind, jurisdiction: jurisdiction, title: title, summary: summary, body: body,
      number: number, issuer: issuer, adopted: adopted, inForce: inForce, status: status,
      topics: topics, sources: sources, links: links, notes: notes, file: file)
  }

  /// A copy with the fields `change` sets.
  public func with(_ change: (inout Fields) -> Void) -> Card {
    var fields = fields
    change(&fields)
    return Card(fields)
  }

  /// This card with its body in `body` (the content snapshot), the digest unchanged.
  func withBody(_ body: CardBody) -> Card {
    Card(fieldsWithoutBody, body: body, indexDigest: indexDigest)
  }

  private var fieldsWithoutBody: Fields {
    Fields(
      id: id, kind: kind, jurisdiction: jurisdiction, title: title, summary: summary,
      body: LocalizedText(uz: "", en: ""), number: number, issuer: issuer, adopted: adopted,
      inForce: inForce, status: status, topics: topics, sources: sources, links: links, notes: notes,
      file: file)
  }

  /// The body, read if need be but not kept in the card: for reading every body once (building the search index)
  /// without holding a large corpus's bodies in memory afterwards.
  var bodyWithoutKeeping: LocalizedText { bodyText.peek() }

  /// Whether the body is in memory.
  var isBodyLoaded: Bool { bodyText.isLoaded }

  /// The year shown in lists and the timeline: adoption, else entry into force.
  public var year: Int? { (adopted ?? inForce)?.year }

  /// Whether the card draws on the article: it has at least one `section:` source.
  public var citesTheArticle: Bool {
    sources.contains { if case .section = $0 { true } else { false } }
  }
}

extension Card {
  /// What a card holds; never changed after it is made.
  private final class Storage: Sendable {
    let id: String
    let kind: CardKind
    let jurisdiction: Jurisdiction
    let title: LocalizedText
    let summary: LocalizedText
    let number: String?
    let issuer: LocalizedText?
    let adopted: PartialDate?
    let inForce: PartialDate?
    let status: ActStatus?
    let topics: [Topic]
    let sources: [CardSource]
    let links: [CardLink]
    let notes: [FactNote]
    let file: String
    let indexDigest: (UInt64, UInt64)
    let bodyText: CardBody

    init(_ fields: Fields, body: CardBody, indexDigest: (UInt64, UInt64)) {
      id = fields.id
      kind = fields.kind
      jurisdiction = fields.jurisdiction
      title = fields.title
      summary = fields.summary
      bodyText = body
      number = fields.number
      issuer = fields.issuer
      adopted = fields.adopted
      inForce = fields.inForce
      status = fields.status
      topics = fields.topics
      sources = fields.sources
      links = fields.links
      notes = fields.notes
      file = fields.file
      self.indexDigest = indexDigest
    }
  }

  /// A card's fields as plain variables: what `Card(_:)` is made from and `with(_:)` changes.
  public struct Fields: Sendable {
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
    public var file: String

    public init(
      id: String, kind: CardKind, jurisdiction: Jurisdiction, title: LocalizedText,
      summary: LocalizedText, body: LocalizedText, number: String? = nil,
      issuer: LocalizedText? = nil, adopted: PartialDate? = nil, inForce: PartialDate? = nil,
      status: ActStatus? = nil, topics: [Topic] = [], sources: [CardSource] = [],
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
}
