import QomusCore

/// The stars-and-notes view: two tabs (★ starred, ✎ notes, with counts), the notes search when there is one,
/// then the list.
struct NotesView: Widget {
  let state: AppState
  let notes: NotesState

  func render(in area: Rect, on screen: inout Screen) {
    let language = state.language
    let mode = Mode.notes(notes)
    let list = state.outlineArea(for: mode)
    let outline = NotesOutline(state: state).build(notes, width: list.width)
    OutlineView(
      state: state, title: [Span(language.text(Strings.starsAndNotes), role: .normal)],
      outline: outline, list: notes.list, area: list
    ).render(in: area, on: &screen)
    let content = ViewFrame(layout: state.layout).content
    var x = content.x
    let found = NotesOutline.notes(state, query: notes.query.text).count
    let noteCount =
      notes.query.isEmpty ? "\(state.user.notes.count)" : "\(found)/\(state.user.notes.count)"
    for (section, label, count) in [
      (
        NotesState.Section.starred, "★ " + language.text(Strings.stars),
        "\(state.user.bookmarks.count)"
      ),
      (.notes, "✎ " + language.text(Strings.notes), noteCount),
    ] {
      let role: StyleRole = section == notes.section ? .tabActive : .tab
      x = screen.write(" \(label) \(count) ", x: x, y: content.y, role: role, clip: content) + 1
    }
    if notes.isTyping || !notes.query.isEmpty {
      let row = content.row(1)
      if notes.isTyping {
        TextFieldView(prompt: "/ ", field: notes.query).render(in: row, on: &screen)
      } else {
        screen.write("/ " + notes.query.text, x: row.x, y: row.y, role: .accent, clip: row)
      }
    }
  }
}
