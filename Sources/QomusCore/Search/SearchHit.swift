/// One result of a search.
public struct SearchHit: Sendable, Hashable {
  public var id: String
  public var kind: CardKind
  public var title: LocalizedText
  /// Higher is better (the negated BM25 rank; 0 for a filter-only listing).
  public var score: Double
  /// The language whose text matched best.
  public var language: Language
  /// The summary or the body around the matched words, with the matched words marked.
  public var snippet: HighlightedText

  public init(
    id: String, kind: CardKind, title: LocalizedText, score: Double, language: Language,
    snippet: HighlightedText
  ) {
    self.id = id
    self.kind = kind
    self.title = title
    self.score = score
    self.language = language
    self.snippet = snippet
  }
}
