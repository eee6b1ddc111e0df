import QomusCore

/// A text field on one row: a prompt, the text, and the cursor as a reversed cell. Long text scrolls so the cursor
/// stays in view.
struct TextFieldView: Widget {
  var prompt: String
  var field: TextField

  func render(in area: Rect, on screen: inout Screen) {
    guard !area.isEmpty else { return }
    let row = area.row(0)
    screen.fill(row, role: .normal)
    let x = screen.write(prompt, x: row.x, y: row.y, role: .accent, clip: row)
    let room = row.maxX - x - 1
    guard room > 0 else { return }
    let characters = field.characters
    var start = 0
    while TextLayout.width(of: String(characters[start..<field.cursor])) > room { start += 1 }
    let visible = String(characters[start...])
    let cursorX = screen.write(
      String(characters[start..<field.cursor]), x: x, y: row.y, role: .input, clip: row)
    screen.write(visible, x: x, y: row.y, role: .input, clip: row)
    let under = field.cursor < characters.count ? String(characters[field.cursor]) : " "
    screen.write(under, x: cursorX, y: row.y, role: .inputCursor, clip: row)
    screen.focus(x: cursorX, y: row.y, marked: false)
  }
}
