/// A list in a rect: the rows from the list state's offset, the selected item's rows highlighted (`.selection`,
/// or `.selectionInactive` when the list has no focus; highlighted words stay marked). It reveals the selection
/// from the rows it is given before drawing, as ratatui's `List` does, and draws nothing outside `area`.
///
/// Only the visible rows are asked for: `lines` gets the range of rows on screen and returns their spans. A focused
/// list puts the screen's focus on the first column of the selected item's first visible row (rows begin with a
/// blank column for it).
struct ListView: Widget {
  var rows: ListRows
  var state: ListState
  var isFocused = true
  /// The spans of the rows in a range (the visible ones).
  var lines: (Range<Int>) -> [[Span]]

  func render(in area: Rect, on screen: inout Screen) {
    guard !area.isEmpty else { return }
    let state = self.state.revealed(in: rows, visible: area.height)
    let visible = state.offset..<min(rows.count, state.offset + area.height)
    guard !visible.isEmpty else { return }
    let selection = rows.rows(ofItem: state.selected) ?? 0..<0
    let selected: StyleRole = isFocused ? .selection : .selectionInactive
    for (index, line) in lines(visible).prefix(visible.count).enumerated() {
      let row = area.row(index)
      guard selection.contains(visible.lowerBound + index) else {
        screen.write(line, x: row.x, y: row.y, clip: row)
        continue
      }
      screen.fill(row, role: selected)
      screen.write(line, x: row.x, y: row.y, clip: row) { span in
        span.role == .highlight && isFocused ? .selectionHighlight : selected
      }
      if isFocused, visible.lowerBound + index == max(selection.lowerBound, visible.lowerBound) {
        screen.focus(x: row.x, y: row.y)
      }
    }
  }

  /// The box's scroll bar for this list in `visible` rows: first row, rows shown, rows in all.
  func scrollBar(visible: Int) -> (offset: Int, visible: Int, total: Int) {
    (state.revealed(in: rows, visible: visible).offset, visible, rows.count)
  }
}
