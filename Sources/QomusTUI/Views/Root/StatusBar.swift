import QomusCore

/// The bottom line: the keys that apply now (from the key table), or a message; on the right the language and
/// the position in the list or card.
struct StatusBar: Widget {
  let state: AppState
  let layout: Layout

  func render(in area: Rect, on screen: inout Screen) {
    screen.fill(area, role: .statusBar)
    let right = " " + position + "  " + state.language.label + " "
    let rightWidth = TextLayout.width(of: right)
    let room = area.width - rightWidth - 1
    if let message = state.message {
      screen.write(
        " " + state.language.text(message) + " ", x: area.x, y: area.y, role: .statusMessage,
        clip: Rect(x: area.x, y: area.y, width: max(0, room), height: 1))
    } else {
      var x = area.x + 1
      for hint in fittingHints(room: room - 1) {
        x = screen.write(hint.keys, x: x, y: area.y, role: .statusKey)
        x = screen.write(
          " " + state.language.text(hint.label) + "  ", x: x, y: area.y, role: .statusBar)
      }
    }
    if rightWidth <= area.width {
      screen.write(right, x: area.maxX - rightWidth, y: area.y, role: .statusBar, clip: area)
    }
  }

  /// The hints that fit in `room` columns, in table order: essential ones are kept first, minor ones dropped first.
  private func fittingHints(room: Int) -> [KeyHint] {
    let hints = KeyTable.hints(for: state.keyContexts)
    let rank = { (index: Int) in
      let command = hints[index].command
      if let essential = KeyTable.essentialCommands.firstIndex(of: command) { return essential }
      return (KeyTable.minorCommands.contains(command) ? 100 : 10) + index
    }
    var used = 0
    var kept: Set<Int> = []
    for index in hints.indices.sorted(by: { rank($0) < rank($1) }) {
      let hint = hints[index]
      let width =
        TextLayout.width(of: hint.keys) + 1 + TextLayout.width(of: state.language.text(hint.label))
        + 2
      guard used + width <= room else { continue }
      used += width
      kept.insert(index)
    }
    return hints.indices.filter(kept.contains).map { hints[$0] }
  }

  /// `3/8` in the list, the percentage read in a card.
  private var position: String {
    switch state.mode {
    case .browse, .search, .filter: break
    default: return ""
    }
    if let search = state.search {
      return search.hits.isEmpty ? "" : "\(search.list.selected + 1)/\(search.hits.count)"
    }
    if state.focus == .card {
      guard let view = state.cardView, let document = state.document else { return "" }
      let total = document.lines.count
      let rows = layout.cardRows
      if total <= rows { return "100%" }
      return "\(min(100, (view.scroll + rows) * 100 / total))%"
    }
    let count = state.listIDs.count
    return count == 0 ? "0/0" : "\(state.list.selected + 1)/\(count)"
  }
}
