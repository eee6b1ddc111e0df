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

  /// True when some run is marked.
  public var hasHighlights: Bool { segments.contains(where: \.isHighlighted) }
}
