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

  /// Splits `text` at the `open` and `close` marker characters; line breaks become spaces and adjacent runs of the
  /// same kind merge.
  init(marked text: String, open: Character, close: Character) {
    var segments: [Segment] = []
    var current = ""
    var highlighted = false
    func flush() {
      guard !current.isEmpty else { return }
      if let last = segments.last, last.isHighlighted == highlighted {
        segments[segments.count - 1].text += current
      } else {
        segments.append(Segment(text: current, isHighlighted: highlighted))
      }
      current = ""
    }
    for character in text {
      switch character {
      case open:
        flush()
        highlighted = true
      case close:
        flush()
        highlighted = false
      case IndexedText.englishMarker:
        continue
      case "\n", "\r\n", "\r", "\t":
        if current.last != " " { current.append(" ") }
      default:
        current.append(character)
      }
    }
    flush()
    self.segments = segments
  }
}
