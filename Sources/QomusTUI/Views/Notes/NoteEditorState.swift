/// Writing the note on a card: the text, what it was when the editor opened, and whether the "save changes?"
/// question is showing.
public struct NoteEditorState: Sendable, Hashable {
  /// The card the note is on.
  public var cardID: String
  /// The text being edited.
  public var area: TextArea
  /// The text when the editor opened.
  public var original: String
  /// True while “save your changes?” is asked.
  public var isConfirming = false
  /// The first visual row on screen.
  public var scroll = 0

  /// An editor on `cardID`’s note, starting from `text`.
  public init(cardID: String, text: String) {
    self.cardID = cardID
    area = TextArea(text)
    original = text
  }

  /// Whether the text differs from the original.
  public var isChanged: Bool { area.text != original }
}
