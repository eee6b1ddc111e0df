/// Where the note editor draws: a box over the middle of the body with the card's title on top, the text, and a
/// prompt row at the bottom.
struct NoteEditorFrame: Hashable {
  let box: Rect
  /// The card's title.
  let heading: Rect
  let text: Rect
  /// The "save changes?" question, or the keys.
  let prompt: Rect

  init(layout: Layout) {
    self.init(body: layout.body)
  }

  /// The editor centred in `body`.
  init(body: Rect) {
    box = body.centered(
      width: min(86, body.width), height: min(max(12, body.height * 3 / 4), body.height))
    let inner = box.inset(dx: 2, dy: 1)
    let (top, rest) = inner.splitRows(2)
    heading = top.row(0)
    let (middle, bottom) = rest.splitBottom(1)
    text = middle
    prompt = bottom
  }
}
