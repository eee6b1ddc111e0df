extension NotesState: OutlineState {
  /// The stars-and-notes view: move, open, switch section, search the notes; while the search is typed, the
  /// keys edit it and the list narrows on every key.
  mutating func update(_ command: Command, visible: Int) -> ViewEffect? {
    if isTyping {
      updateSearch(command)
      return nil
    }
    switch command {
    case .switchSection:
      section = section == .starred ? .notes : .starred
      list = ListState()
    case .openSearch:
      section = .notes
      isTyping = true
      list = ListState()
    default: return updateList(command, visible: visible)
    }
    return nil
  }

  /// Typing the notes search.
  private mutating func updateSearch(_ command: Command) {
    switch command {
    case .open: isTyping = false
    case .cancel:
      query = TextField()
      isTyping = false
      list = ListState()
    case .moveUp: list.selected = max(0, list.selected - 1)
    case .moveDown: list.selected += 1
    default:
      if query.apply(command) { list = ListState() }
    }
  }
}
