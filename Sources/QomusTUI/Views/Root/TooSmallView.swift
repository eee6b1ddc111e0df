import QomusCore

/// What a terminal below the minimum size shows instead of the explorer.
struct TooSmallView: Widget {
  let language: LanguageMode
  let size: Size

  func render(in area: Rect, on screen: inout Screen) {
    screen.fill(area, role: .normal)
    let minimum = Layout.minimum
    let lines: [(String, StyleRole)] = [
      (language.text(Strings.tooSmall), .warning),
      (
        language.text(
          LocalizedText(uz: "kerak: \(minimum), bor: \(size)", en: "need \(minimum), have \(size)")),
        .dim
      ),
      ("q: " + language.text(LocalizedText(uz: "chiqish", en: "quit")), .dim),
    ]
    let shown = lines.prefix(max(1, area.height))
    let top = area.y + (area.height - shown.count) / 2
    for (index, (text, role)) in shown.enumerated() {
      let cut = TextLayout.truncate(text, to: area.width)
      let x = area.x + (area.width - TextLayout.width(of: cut)) / 2
      screen.write(cut, x: x, y: top + index, role: role, clip: area)
    }
  }
}
