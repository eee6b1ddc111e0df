/// A card laid out for a width and language: styled lines, and the links the reader can focus and follow.
/// It does not depend on the focus or scroll, so it is built once per card, language and width.
public struct CardDocument: Sendable, Hashable {
  /// What a document was built for.
  public struct Key: Sendable, Hashable {
    /// The card laid out.
    public var cardID: String
    /// The language mode it was laid out in.
    public var language: LanguageMode
    /// The width it was laid out at.
    public var width: Int
    /// The reader's own note on the card, shown in it.
    public var note: String?
    /// The search whose words are marked, if any.
    public var highlight: String?
    /// Whether the links carry their numbers (accessible mode).
    public var numbersLinks = false
  }

  /// A link the reader can follow: its target, and the lines it occupies.
  public struct Link: Sendable, Hashable {
    /// The id of the card the link opens.
    public var target: String
    /// The document lines the link takes.
    public var lines: Range<Int>
  }

  /// What the document was built for.
  public var key: Key
  /// The styled lines, top to bottom.
  public var lines: [[Span]]
  /// The focusable links, in reading order.
  public var links: [Link]

  /// The link on line `line` at column `column`, if any.
  public func link(atLine line: Int, column: Int) -> Int? {
    guard lines.indices.contains(line) else { return nil }
    var x = 0
    for span in lines[line] {
      let width = [span].width
      if column >= x, column < x + width, let link = span.link { return link }
      x += width
    }
    return lines[line].lazy.compactMap(\.link).first
  }
}
