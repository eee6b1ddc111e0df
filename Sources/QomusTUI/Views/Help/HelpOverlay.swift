import QomusCore

/// The `?` overlay: every key of the key table, by context, in the interface language.
struct HelpOverlay: Widget {
  let language: LanguageMode
  let scroll: Int

  /// Where the overlay sits on a screen of `size`.
  static func frame(in size: Size) -> Rect {
    let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
    return body.centered(width: min(84, body.width), height: body.height)
  }

  /// The rows of text the overlay shows at once in `frame`.
  static func visibleRows(in frame: Rect) -> Int { max(1, frame.height - 2) }

  /// The overlay's lines in `frame`.
  static func lines(language: LanguageMode, frame: Rect) -> [[Span]] {
    let width = frame.width - 4
    let sections = KeyTable.sections()
    let keyWidth = min(
      22, sections.flatMap(\.bindings).map { TextLayout.width(of: $0.label) }.max() ?? 8)
    var lines: [[Span]] = []
    for (context, bindings) in sections {
      if !lines.isEmpty { lines.append([]) }
      lines.append([Span(language.text(context.title), role: .heading)])
      for binding in bindings {
        let keys = TextLayout.pad(binding.label, to: keyWidth)
        let wrapped = TextLayout.wrap(
          [Span(language.text(binding.help), role: .normal)], width: max(1, width - keyWidth - 4))
        for (index, line) in wrapped.enumerated() {
          let head = index == 0 ? keys : String(repeating: " ", count: keyWidth)
          lines.append([Span("  " + head + "  ", role: index == 0 ? .accent : .normal)] + line)
        }
      }
      if context == .filter || context == .notesSearch || context == .noteEditor {
        lines.append([Span("  " + language.text(Strings.editingAsSearch), role: .dim)])
      }
    }
    lines.append([])
    lines += TextLayout.wrap([Span(language.text(Strings.mouse), role: .dim)], width: max(1, width))
    return lines
  }

  func render(in area: Rect, on screen: inout Screen) {
    guard area.width >= 10, area.height >= 4 else { return }
    screen.fill(area, role: .normal)
    let lines = Self.lines(language: language, frame: area)
    let body = area.inset(dx: 2, dy: 1)
    Box(
      title: [Span(language.text(Strings.keys), role: .normal)],
      note: [Span("Esc", role: .dim)],
      isFocused: true, scroll: (scroll, body.height, lines.count)
    ).render(in: area, on: &screen)
    Viewport(lines: lines, offset: scroll).render(in: body, on: &screen)
  }
}
