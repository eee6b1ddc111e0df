/// A text with some runs marked, such as the matched words of a search snippet.
public struct HighlightedText: Sendable, Hashable {
  public struct Segment: Sendable, Hashable {
    public var text: String
    public var isHighlighted: Bool

    public init(text: String, isHighlighted: Bool) {
      self.text = text
      self.isHighlighted = isHighlighted
    }
  }

  public var segments: [Segment]

  public init(segments: [Segment]) {
    self.segments = segments
  }

  /// The text without marks.
  public var plainText: String { segments.map(\.text).joined() }

  /// The text with each marked run wrapped in `open` and `close`.
  public func marked(open: String = "[", close: String = "]") -> String {
    segments.map { $0.isHighlighted ? open + $0.text + close : $0.text }.joined()
  }
}

/// One result of a search.
public struct SearchHit: Sendable, Hashable {
  public var id: String
  public var kind: CardKind
  public var title: LocalizedText
  /// Higher is better.
  public var score: Double
  /// The language whose text matched best.
  public var language: Language
  public var snippet: HighlightedText

  public init(
    id: String, kind: CardKind, title: LocalizedText, score: Double, language: Language, snippet: HighlightedText
  ) {
    self.id = id
    self.kind = kind
    self.title = title
    self.score = score
    self.language = language
    self.snippet = snippet
  }
}

/// What to search and how many results to return.
public struct SearchOptions: Sendable, Hashable {
  public var kind: CardKind?
  public var language: Language?
  public var limit: Int
  /// Treat the last word as a prefix (search as you type).
  public var prefixLastWord: Bool

  public init(kind: CardKind? = nil, language: Language? = nil, limit: Int = 20, prefixLastWord: Bool = false) {
    self.kind = kind
    self.language = language
    self.limit = limit
    self.prefixLastWord = prefixLastWord
  }
}
