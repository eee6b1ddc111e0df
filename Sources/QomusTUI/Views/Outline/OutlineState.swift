/// The state of a list-like view (chain, overview, timeline, notes): its outline and its selection.
protocol OutlineState {
  /// The selection and scroll.
  var list: ListState { get set }
  /// The view's lines and items, built by `refreshView`.
  var outline: OutlineModel? { get }
}

extension OutlineState {
  /// The keys every list-like view shares: the moves, Enter (open the selected card) and Esc (close); nil for
  /// moves and for other keys.
  mutating func updateList(_ command: Command, visible: Int) -> ViewEffect? {
    if moveSelection(command, visible: visible) { return nil }
    switch command {
    case .open: return .open(outline?.cardID(at: list.selected))
    case .cancel: return .close
    default: return nil
    }
  }

  /// Moves the selection by a line, a page, or to an end, and scrolls to it; false for other commands.
  mutating func moveSelection(_ command: Command, visible: Int) -> Bool {
    guard let rows = outline?.rows else { return false }
    let count = rows.itemCount
    switch command {
    case .moveUp: list.selected -= 1
    case .moveDown: list.selected += 1
    case .pageUp: list.selected -= rows.page(visible: visible)
    case .pageDown: list.selected += rows.page(visible: visible)
    case .top: list.selected = 0
    case .bottom: list.selected = count - 1
    default: return false
    }
    list.selected = max(0, min(list.selected, count - 1))
    list.reveal(in: rows, visible: visible)
    return true
  }
}

extension ChainState: OutlineState {
  /// Moves, opens the selected card, closes.
  mutating func update(_ command: Command, visible: Int) -> ViewEffect? {
    updateList(command, visible: visible)
  }
}

extension TimelineState: OutlineState {
  /// Moves, opens the selected card, closes.
  mutating func update(_ command: Command, visible: Int) -> ViewEffect? {
    updateList(command, visible: visible)
  }
}

extension OverviewState: OutlineState {
  /// Moves, opens the selected proposal, closes, sorts by the next order (the root keeps the proposal selected).
  mutating func update(_ command: Command, visible: Int) -> ViewEffect? {
    guard command == .cycleSort else { return updateList(command, visible: visible) }
    let id = outline?.cardID(at: list.selected)
    order = order.next
    return .sorted(order, keeping: id)
  }
}
