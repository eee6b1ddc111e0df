extension AppState {
  /// Moves the selection of the list-like view on top; false for commands that do not move it.
  mutating func moveInOutline(_ command: Command, list: inout ListState) -> Bool {
    guard let outline = outline(of: mode) else { return false }
    let area = outlineArea(for: mode)
    let count = outline.items.count
    let page = outline.rows.page(visible: area.height)
    switch command {
    case .moveUp: list.selected -= 1
    case .moveDown: list.selected += 1
    case .pageUp: list.selected -= page
    case .pageDown: list.selected += page
    case .top: list.selected = 0
    case .bottom: list.selected = count - 1
    default: return false
    }
    list.selected = max(0, min(list.selected, count - 1))
    list.reveal(in: outline.rows, visible: area.height)
    return true
  }

  mutating func chainCommand(_ command: Command, _ chain: ChainState) {
    var chain = chain
    if moveInOutline(command, list: &chain.list) {
      mode = .chain(chain)
    } else if command == .open {
      openFromView(focusedCardID)
    } else if command == .cancel {
      popMode()
    }
  }

  mutating func overviewCommand(_ command: Command, _ overview: OverviewState) {
    var overview = overview
    if moveInOutline(command, list: &overview.list) {
      mode = .overview(overview)
      return
    }
    switch command {
    case .open: openFromView(focusedCardID)
    case .cancel: popMode()
    case .cycleSort:
      // Keep the same proposal selected in the new order.
      let id = focusedCardID
      overview.order = overview.order.next
      let entries = catalog.proposals.sorted(by: overview.order, language: language.primary)
      overview.list = ListState(selected: entries.firstIndex { $0.proposal.id == id } ?? 0)
      mode = .overview(overview)
      message = Strings.sorted(overview.order.label)
    default: break
    }
  }

  mutating func timelineCommand(_ command: Command, _ timeline: TimelineState) {
    var timeline = timeline
    if moveInOutline(command, list: &timeline.list) {
      mode = .timeline(timeline)
    } else if command == .open {
      openFromView(focusedCardID)
    } else if command == .cancel {
      popMode()
    }
  }

  /// Keeps the view on top in range after a resize, a language switch or a change to the data: the outlines
  /// rebuilt where their inputs changed, the matrix and the note editor scrolled to their cursor.
  mutating func refreshView() {
    refreshOutlines()
    switch mode {
    case .matrix(var matrix):
      if let table = catalog.matrix { matrix.reveal(in: table, body: layout.body) }
      mode = .matrix(matrix)
    case .noteEditor(var editor):
      editor.reveal(in: NoteEditorFrame(layout: layout))
      mode = .noteEditor(editor)
    default: break
    }
  }
}
