extension AppState {
  /// Typing the list filter: the list narrows on every key.
  mutating func filterCommand(_ command: Command) {
    let rows = layout.listRows
    switch command {
    case .moveUp: list.move(by: -1, count: listIDs.count, visible: rows)
    case .moveDown: list.move(by: 1, count: listIDs.count, visible: rows)
    case .open: popMode()
    case .cancel:
      filter = TextField()
      popMode()
    default:
      if filter.apply(command) { list = ListState() }
    }
  }
}
