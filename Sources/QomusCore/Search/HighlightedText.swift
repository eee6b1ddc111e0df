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
    let openBytes = Array(String(open).utf8)
    let closeBytes = Array(String(close).utf8)
    let englishBytes = Array(String(IndexedText.englishMarker).utf8)
    var segments: [Segment] = []
    var current: [UInt8] = []
    var highlighted = false
    func flush() {
      guard !current.isEmpty else { return }
      let text = String(decoding: current, as: UTF8.self)
      if let last = segments.last, last.isHighlighted == highlighted {
        segments[segments.count - 1].text += text
      } else {
        segments.append(Segment(text: text, isHighlighted: highlighted))
      }
      current.removeAll(keepingCapacity: true)
    }
    var text = text
    text.withUTF8 { bytes in
      var index = 0
      func matches(_ marker: [UInt8]) -> Bool {
        index + marker.count <= bytes.count && bytes[index..<index + marker.count].elementsEqual(marker)
      }
      while index < bytes.count {
        let byte = bytes[index]
        if byte == openBytes.first, matches(openBytes) {
          flush()
          highlighted = true
          index += openBytes.count
        } else if byte == closeBytes.first, matches(closeBytes) {
          flush()
          highlighted = false
          index += closeBytes.count
        } else if byte == englishBytes.first, matches(englishBytes) {
          index += englishBytes.count
        } else if byte == 0x0A || byte == 0x0D || byte == 0x09 {
          if current.last != 0x20 { current.append(0x20) }
          index += 1
        } else {
          current.append(byte)
          index += 1
        }
      }
    }
    flush()
    self.segments = segments
  }
}
