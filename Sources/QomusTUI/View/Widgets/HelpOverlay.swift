import QomusCore

/// The `?` overlay: every key of the key table, by context, in the interface language.
struct HelpOverlay: Widget {
  let state: AppState
  let scroll: Int

  /// Where the overlay sits.
  static func frame(in layout: Layout) -> Rect {
    let body = Rect(x: 0, y: 1, width: layout.size.width, height: layout.size.height - 2)
    return body.centered(width: min(84, body.width), height: body.height)
  }

  /// The overlay's lines at `width`.
  static func lines(for state: AppState, width: Int) -> [[Span]] {
    let language = state.language
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
    let lines = Self.lines(for: state, width: area.width - 4)
    let body = area.inset(dx: 2, dy: 1)
    Box(
      title: [Span(state.language.text(Strings.keys), role: .normal)],
      note: [Span("Esc", role: .dim)],
      isFocused: true, scroll: (scroll, body.height, lines.count)
    ).render(in: area, on: &screen)
    for row in 0..<min(body.height, max(0, lines.count - scroll)) {
      screen.write(lines[scroll + row], x: body.x, y: body.y + row, clip: body)
    }
  }
}
