import QomusCore

/// The stars-and-notes view: two tabs (★ starred, ✎ notes, with counts), the notes search when there is one,
/// then the list.
struct NotesView: Widget {
  let notes: NotesState
  let outline: OutlineModel
  /// The selected item's card, for the detail strip.
  let detail: Card?
  /// How many stars and notes there are, and how many notes the search lets through.
  let counts: (stars: Int, notes: Int, found: Int)
  let language: LanguageMode

  /// Rows above the list: the section tabs, and the search when there is one.
  static func headerRows(_ mode: Mode) -> Int {
    guard case .notes(let notes) = mode else { return 0 }
    return notes.isTyping || !notes.query.isEmpty ? 3 : 2
  }

  func render(in area: Rect, on screen: inout Screen) {
    OutlineView(
      title: [Span(language.text(Strings.starsAndNotes), role: .normal)], outline: outline,
      list: notes.list, headerRows: Self.headerRows(.notes(notes)), detail: detail,
      language: language
    ).render(in: area, on: &screen)
    let content = ViewFrame(body: area).content
    var x = content.x
    let noteCount = notes.query.isEmpty ? "\(counts.notes)" : "\(counts.found)/\(counts.notes)"
    for (section, label, count) in [
      (NotesState.Section.starred, "★ " + language.text(Strings.stars), "\(counts.stars)"),
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
