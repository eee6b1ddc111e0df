import QomusCore

/// The `y` overlay: how to cite the card, as plain text and as BibTeX, in the interface language.
struct CitationOverlay: Widget {
  let state: AppState
  let cardID: String
  let scroll: Int

  /// Where the overlay sits.
  static func frame(in layout: Layout) -> Rect {
    layout.body.centered(width: min(90, layout.body.width), height: min(22, layout.body.height))
  }

  /// The overlay's lines.
  static func lines(for state: AppState, cardID: String) -> [[Span]] {
    guard let card = state.catalog[cardID] else { return [] }
    let width = max(10, frame(in: state.layout).width - 4)
    let language = state.language.primary
    let citation = Citation(card: card, in: state.catalog.corpus)
    var lines: [[Span]] = [[Span(state.language.text(Strings.plainStyle), role: .heading)]]
    lines += TextLayout.wrap(
      [Span(citation.text(.plain, language: language), role: .normal)], width: width)
    lines.append([])
    lines.append([Span(state.language.text(Strings.bibtex), role: .heading)])
    for line in citation.text(.bibtex, language: language).split(separator: "\n") {
      let indent = String(line.prefix { $0 == " " })
      lines += TextLayout.wrap(
        [Span(String(line.dropFirst(indent.count)), role: .code)], width: width - indent.count
      )
      .map { [Span(indent, role: .code)] + $0 }
    }
    lines.append([])
    lines += TextLayout.wrap(
      [Span(state.language.text(Strings.citationStyle), role: .dim)], width: width)
    return lines
  }

  func render(in area: Rect, on screen: inout Screen) {
    guard area.width >= 10, area.height >= 4 else { return }
    screen.fill(area, role: .normal)
    let lines = Self.lines(for: state, cardID: cardID)
    let body = area.inset(dx: 2, dy: 1)
    Box(
      title: [Span(state.language.text(Strings.citation) + " · " + cardID, role: .normal)],
      note: [Span("Esc", role: .dim)], isFocused: true, scroll: (scroll, body.height, lines.count)
    ).render(in: area, on: &screen)
    for row in 0..<min(body.height, max(0, lines.count - scroll)) {
      screen.write(lines[scroll + row], x: body.x, y: body.y + row, clip: body)
    }
  }
}
