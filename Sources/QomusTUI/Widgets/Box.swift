import QomusCore

/// A rounded frame with a title on the top border, an optional note on the right of it, and a scroll bar on the
/// right border when the content is taller than the box.
struct Box: Widget {
  var title: [Span] = []
  var note: [Span] = []
  var isFocused = false
  /// The first visible row, the rows visible and the rows in all, for the scroll bar.
  var scroll: (offset: Int, visible: Int, total: Int)?

  func render(in area: Rect, on screen: inout Screen) {
    guard area.width >= 2, area.height >= 2 else { return }
    let border: StyleRole = isFocused ? .borderFocused : .border
    let inner = String(repeating: "─", count: area.width - 2)
    screen.write("╭" + inner + "╮", x: area.x, y: area.y, role: border, clip: area)
    screen.write("╰" + inner + "╯", x: area.x, y: area.maxY - 1, role: border, clip: area)
    for y in (area.y + 1)..<(area.maxY - 1) {
      screen.write("│", x: area.x, y: y, role: border, clip: area)
      screen.write("│", x: area.maxX - 1, y: y, role: border, clip: area)
    }
    let titleRole: StyleRole = isFocused ? .paneTitleFocused : .paneTitle
    let room = area.width - 6
    let noteText = note.truncated(to: max(0, room / 2))
    let noteWidth = noteText.width
    let titleText = title.truncated(to: max(0, room - noteWidth - (noteWidth > 0 ? 2 : 0)))
    if !titleText.isEmpty {
      let x = screen.write(" ", x: area.x + 2, y: area.y, role: border, clip: area)
      let end = screen.write(titleText, x: x, y: area.y, clip: area) {
        $0.role == .normal ? titleRole : $0.role
      }
      screen.write(" ", x: end, y: area.y, role: border, clip: area)
    }
    if noteWidth > 0 {
      let x = area.maxX - 3 - noteWidth
      screen.write(" ", x: x - 1, y: area.y, role: border, clip: area)
      let end = screen.write(noteText, x: x, y: area.y, clip: area)
      screen.write(" ", x: end, y: area.y, role: border, clip: area)
    }
    if let scroll, scroll.total > scroll.visible, area.height > 3 {
      let track = area.height - 2
      let thumb = max(1, track * scroll.visible / scroll.total)
      let maxOffset = max(1, scroll.total - scroll.visible)
      let start = (track - thumb) * min(scroll.offset, maxOffset) / maxOffset
      for y in 0..<thumb {
        screen.write(
          "┃", x: area.maxX - 1, y: area.y + 1 + start + y, role: .scrollThumb, clip: area)
      }
    }
  }
}
