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

  /// Splits `text` at the `open` and `close` marker characters (single scalars); line breaks and tabs become
  /// spaces, `IndexedText.englishMarker` is dropped, and adjacent runs of the same kind merge.
  init(marked text: String, open: Character, close: Character) {
    let openScalar = open.unicodeScalars.first
    let closeScalar = close.unicodeScalars.first
    let english = IndexedText.englishMarker.unicodeScalars.first
    var segments: [Segment] = []
    var current = String.UnicodeScalarView()
    var highlighted = false
    func flush() {
      guard !current.isEmpty else { return }
      let text = String(current)
      if let last = segments.last, last.isHighlighted == highlighted {
        segments[segments.count - 1].text += text
      } else {
        segments.append(Segment(text: text, isHighlighted: highlighted))
      }
      current = String.UnicodeScalarView()
    }
    var previousWasSpace = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case openScalar:
        flush()
        highlighted = true
      case closeScalar:
        flush()
        highlighted = false
      case english:
        continue
      case "\n", "\r", "\t":
        if !previousWasSpace { current.append(" ") }
        previousWasSpace = true
      default:
        current.append(scalar)
        previousWasSpace = scalar == " "
      }
    }
    flush()
    self.segments = segments
  }
}
