/// Scrolled text in a rect: `lines` from `offset`, one per row, clipped to the rect (as bubbles' `viewport`).
struct Viewport: Widget {
  var lines: [[Span]]
  /// The first line on screen; clamped when drawing.
  var offset = 0
  /// The role each span is drawn in (to mark a focused link, say).
  var roleFor: (Span) -> StyleRole = \.role

  func render(in area: Rect, on screen: inout Screen) {
    guard !area.isEmpty else { return }
    let start = Self.clamp(offset, lines: lines.count, visible: area.height)
    for (index, line) in lines[start..<min(lines.count, start + area.height)].enumerated() {
      screen.write(line, x: area.x, y: area.y + index, clip: area, roleFor: roleFor)
    }
  }

  /// `offset` kept between the top and the last full page of `lines` lines in `visible` rows.
  static func clamp(_ offset: Int, lines: Int, visible: Int) -> Int {
    max(0, min(offset, lines - max(1, visible)))
  }
}
