extension AppState {
  /// A click selects and follows; the wheel scrolls the pane under the pointer.
  mutating func handleMouse(_ event: MouseEvent) {
    let layout = self.layout
    switch mode {
    case .browse, .search, .filter, .help: break
    default:
      // In a view the wheel moves the selection; the overlays take no mouse.
      if mode.isView, event.kind != .press {
        _ = perform(event.kind == .wheelUp ? .moveUp : .moveDown)
      }
      return
    }
    if case .help(let scroll) = mode {
      switch event.kind {
      case .wheelUp: helpCommand(.moveUp, scroll: scroll)
      case .wheelDown: helpCommand(.moveDown, scroll: scroll)
      case .press: if !HelpOverlay.frame(in: size).contains(x: event.x, y: event.y) { popMode() }
      }
      return
    }
    let wheel = event.kind == .wheelUp ? -3 : 3
    if layout.header.contains(x: event.x, y: event.y) {
      guard event.kind == .press, case .browse = mode else { return }
      let strip = TabStrip(
        catalog: catalog, language: language, active: tab, width: layout.header.width)
      if let index = strip.tab(atColumn: event.x) { selectTab(index) }
    } else if layout.listItems.contains(x: event.x, y: event.y) {
      let row = event.y - layout.listItems.y
      if case .search(var search) = mode {
        if event.kind == .press {
          let rows = SearchResultsView.rows(search)
          guard let index = rows.item(atRow: search.list.offset + row) else { return }
          search.list.select(
            index, in: rows, visible: layout.listRows * SearchResultsView.itemHeight)
          mode = .search(search)
          _ = searchCommand(.open)
        } else {
          _ = searchCommand(wheel < 0 ? .moveUp : .moveDown)
        }
        return
      }
      if case .filter = mode { popMode() }
      if event.kind == .press {
        let index = list.offset + row
        guard index < listIDs.count else { return }
        list.select(index, count: listIDs.count, visible: layout.listRows)
        open(listIDs[index])
      } else {
        list.move(by: wheel, count: listIDs.count, visible: layout.listRows)
      }
    } else if layout.cardBox.contains(x: event.x, y: event.y), mode == .browse {
      if event.kind != .press {
        scrollCard(by: wheel)
        return
      }
      let body = layout.cardBody
      let line = (cardView?.scroll ?? 0) + event.y - body.y
      if body.contains(x: event.x, y: event.y), let document,
        let link = document.link(atLine: line, column: event.x - body.x)
      {
        if focus == .list, let id = displayedCardID { open(id) }
        open(document.links[link].target)
      } else if focus == .list, let id = displayedCardID {
        open(id)
      }
    }
  }
}
