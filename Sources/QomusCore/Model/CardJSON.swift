/// The JSON shapes that `qomus list`, `show` and `export` print, which other tools read.
public enum CardJSON {
  /// `{"id", "rel"}`, plus `"inferred": true` for a link that is Qomus's inference.
  public struct Link: Codable, Hashable, Sendable {
    public var id: String
    public var rel: String
    public var inferred: Bool?

    init(id: String, rel: String, inferred: Bool) {
      self.id = id
      self.rel = rel
      self.inferred = inferred ? true : nil
    }
  }

  /// One entry of `qomus list --json`.
  public struct Summary: Codable, Sendable {
    public var id: String
    public var kind: String
    public var jurisdiction: String
    public var title: LocalizedText
    public var summary: LocalizedText
    public var links: [Link]
  }

  /// A fact-check note.
  public struct Note: Codable, Sendable {
    public var uz: String
    public var en: String
    public var source: String
  }

  /// `qomus show --json`: the summary's fields plus body, sources, backlinks and the act fields.
  public struct Detail: Codable, Sendable {
    public var id: String
    public var kind: String
    public var jurisdiction: String
    public var title: LocalizedText
    public var summary: LocalizedText
    public var links: [Link]
    public var body: LocalizedText
    public var sources: [String]
    public var backlinks: [Link]
    public var number: String?
    public var issuer: LocalizedText?
    public var adopted: String?
    public var inForce: String?
    public var status: String?
    public var topics: [String]
    public var notes: [Note]

    enum CodingKeys: String, CodingKey {
      case id, kind, jurisdiction, title, summary, links, body, sources, backlinks, number, issuer,
        adopted
      case inForce = "in_force"
      case status, topics, notes
    }
  }

  public static func summary(_ card: Card, in corpus: Corpus) -> Summary {
    Summary(
      id: card.id, kind: card.kind.rawValue, jurisdiction: card.jurisdiction.rawValue,
      title: card.title,
      summary: card.summary,
      links: corpus.resolvedLinks(of: card).map {
        Link(id: $0.target, rel: $0.relation.rawValue, inferred: $0.inferred)
      })
  }

  public static func detail(_ card: Card, in corpus: Corpus) -> Detail {
    Detail(
      id: card.id, kind: card.kind.rawValue, jurisdiction: card.jurisdiction.rawValue,
      title: card.title,
      summary: card.summary,
      links: corpus.resolvedLinks(of: card).map {
        Link(id: $0.target, rel: $0.relation.rawValue, inferred: $0.inferred)
      },
      body: card.body, sources: card.sources.map(\.text),
      backlinks: corpus.backlinks(to: card.id).map {
        Link(id: $0.source, rel: $0.relation.rawValue, inferred: $0.inferred)
      },
      number: card.number, issuer: card.issuer, adopted: card.adopted?.description,
      inForce: card.inForce?.description, status: card.status?.rawValue,
      topics: card.topics.map(\.rawValue),
      notes: card.notes.map { Note(uz: $0.text.uz, en: $0.text.en, source: $0.source) })
  }
}
