/// Writing the note on a card: the text, what it was when the editor opened, and whether the "save changes?"
/// question is showing.
public struct NoteEditorState: Sendable, Hashable {
  public var cardID: String
  public var area: TextArea
  public var original: String
  public var isConfirming = false
  /// The first visual row on screen.
  public var scroll = 0

  public init(cardID: String, text: String) {
    self.cardID = cardID
    area = TextArea(text)
    original = text
  }

  public var isChanged: Bool { area.text != original }
}
