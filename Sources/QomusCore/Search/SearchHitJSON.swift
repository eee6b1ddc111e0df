/// One hit as `qomus search --json` prints it: `{"id", "kind", "title": {"uz", "en"}, "score", "lang", "snippet"}`.
/// The snippet is plain text with each matched run wrapped in `[` and `]`.
public struct SearchHitJSON: Codable, Sendable, Hashable {
  public var id: String
  public var kind: String
  public var title: LocalizedText
  public var score: Double
  public var lang: String
  public var snippet: String

  public init(_ hit: SearchHit) {
    id = hit.id
    kind = hit.kind.rawValue
    title = hit.title
    score = hit.score
    lang = hit.language.rawValue
    snippet = hit.snippet.marked()
  }
}
