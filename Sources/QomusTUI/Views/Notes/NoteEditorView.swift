import QomusCore

/// The note editor over the explorer: the card's title, the text wrapped with a cursor, and at the bottom the
/// keys — or the "save your changes?" question.
struct NoteEditorView: Widget {
  /// What the editor draws: its state and the title of the card the note is on (its id when the card is gone).
  struct Model {
    let editor: NoteEditorState
    let cardTitle: String
    let language: LanguageMode
  }

  let model: Model
  private var editor: NoteEditorState { model.editor }

  func render(in area: Rect, on screen: inout Screen) {
    let language = model.language
    let frame = NoteEditorFrame(body: area)
    screen.fill(frame.box, role: .normal)
    let changed = editor.isChanged ? "● " : ""
    Box(
      title: [Span("✎ " + language.text(Strings.noteOn) + " · " + editor.cardID, role: .normal)],
      note: [Span(changed + "Ctrl-S", role: .dim)], isFocused: true
    ).render(in: frame.box, on: &screen)
    let title = model.cardTitle
    screen.write(title, x: frame.heading.x, y: frame.heading.y, role: .bold, clip: frame.heading)

    let (rows, cursor) = editor.area.layout(width: frame.text.width)
    let lines = rows.map { [Span(String(editor.area.lines[$0.line][$0.range]), role: .input)] }
    Viewport(lines: lines, offset: editor.scroll).render(in: frame.text, on: &screen)
    let cursorY = frame.text.y + cursor.row - editor.scroll
    if !editor.isConfirming, frame.text.contains(x: frame.text.x + cursor.x, y: cursorY) {
      let line = editor.area.lines[editor.area.row]
      let under = editor.area.column < line.count ? String(line[editor.area.column]) : " "
      screen.write(
        under, x: frame.text.x + cursor.x, y: cursorY, role: .inputCursor, clip: frame.text)
    }
    if editor.isConfirming {
      screen.fill(frame.prompt, role: .statusMessage)
      let text = language.text(Strings.savePrompt) + "  " + language.text(Strings.savePromptKeys)
      screen.write(
        " " + text, x: frame.prompt.x, y: frame.prompt.y, role: .statusMessage, clip: frame.prompt)
    } else {
      screen.write(
        language.text(Strings.editorKeys), x: frame.prompt.x, y: frame.prompt.y, role: .dim,
        clip: frame.prompt)
    }
  }
}
