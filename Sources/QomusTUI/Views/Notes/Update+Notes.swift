extension AppState {
  /// The stars-and-notes view: move, open, switch section, search the notes, edit, star.
  mutating func notesCommand(_ command: Command, _ notes: NotesState) {
    var notes = notes
    if notes.isTyping {
      notesSearchCommand(command, &notes)
      mode = .notes(notes)
      return
    }
    if moveInOutline(command, list: &notes.list) {
      mode = .notes(notes)
      return
    }
    switch command {
    case .open: openFromView(focusedCardID)
    case .cancel: popMode()
    case .switchSection:
      notes.section = notes.section == .starred ? .notes : .starred
      notes.list = ListState()
      mode = .notes(notes)
    case .openSearch:
      notes.section = .notes
      notes.isTyping = true
      notes.list = ListState()
      mode = .notes(notes)
    default: break
    }
  }

  /// Typing the notes search: the list narrows on every key.
  private mutating func notesSearchCommand(_ command: Command, _ notes: inout NotesState) {
    switch command {
    case .open: notes.isTyping = false
    case .cancel:
      notes.query = TextField()
      notes.isTyping = false
      notes.list = ListState()
    case .moveUp: notes.list.selected = max(0, notes.list.selected - 1)
    case .moveDown: notes.list.selected += 1
    default:
      if notes.query.apply(command) { notes.list = ListState() }
    }
  }
}
