import QomusCore

/// The stars section (one line per starred card, newest first) or the notes section (each note's card and the
/// first lines of the note, most recently edited first, narrowed by the search).
struct NotesOutline {
  let state: AppState

  /// The notes the search lets through: every word of the query in the note, its card id or its title, folded
  /// the way the store folds note searches.
  static func notes(_ state: AppState, query: String) -> [UserNote] {
    let terms = NoteSearchText.terms(of: query)
    guard !terms.isEmpty else { return state.user.notes }
    return state.user.notes.filter { note in
      let title = state.catalog[note.cardID].map { $0.title.uz + " " + $0.title.en } ?? ""
      let text = NoteSearchText.fold(note.cardID + "\n" + title + "\n" + note.text)
      return terms.allSatisfy { text.contains($0) }
    }
  }

  /// The outline of `section`; the notes and the explanations are wrapped at the key's width.
  func build(_ section: NotesState.Section, query: String, key: OutlineModel.Key) -> OutlineModel {
    var outline = OutlineModel(key: key)
    let language = state.language
    let width = key.width
    switch section {
    case .starred:
      for bookmark in state.user.bookmarks {
        let card = state.catalog[bookmark.cardID]
        let mark = state.user.note(on: bookmark.cardID) != nil ? "  ✎" : ""
        let row = OutlineLine.row(
          lead: [OutlineText(" ★ ", .star)],
          title: OutlineText(
            (card.map { language.text($0.title) } ?? bookmark.cardID) + mark, .normal),
          tags: card.map { OutlineText.tags(CardReference($0), language: language) } ?? [])
        outline.append(item: [row], cardID: bookmark.cardID)
      }
      if outline.items.isEmpty {
        outline.append(
          text: OutlineLine.wrapped(
            TextLayout.wrap([Span(language.text(Strings.noStars), role: .dim)], width: width)))
      }
    case .notes:
      for note in Self.notes(state, query: query) {
        let card = state.catalog[note.cardID]
        let star = state.user.isStarred(note.cardID) ? "★ " : ""
        let head = OutlineLine.row(
          lead: [OutlineText(" ✎ ", .accent), OutlineText(star, .star)],
          title: OutlineText(card.map { language.text($0.title) } ?? note.cardID, .bold),
          tags: card.map { OutlineText.tags(CardReference($0), language: language) } ?? [])
        let text = note.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        var body = TextLayout.wrap([Span(text, role: .italic)], width: max(1, width - 3))
        if body.count > 2 {
          body = [body[0], (body[1] + [Span(" …", role: .dim)]).truncated(to: width - 3)]
        }
        outline.append(
          item: [head] + OutlineLine.wrapped(body, indent: [OutlineText("   ", .normal)]), cardID: note.cardID)
        outline.append(text: [.blank])
      }
      if outline.items.isEmpty {
        let text = query.isEmpty ? Strings.noNotes : Strings.noMatches
        outline.append(
          text: OutlineLine.wrapped(TextLayout.wrap([Span(language.text(text), role: .dim)], width: width)))
      }
    }
    return outline
  }
}
