import QomusCore

/// The `y` overlay: how to cite the card, as plain text and as BibTeX, in the interface language.
struct CitationOverlay: Widget {
  let cardID: String
  let lines: [[Span]]
  let language: LanguageMode
  let scroll: Int

  /// Where the overlay sits over the body.
  static func frame(in body: Rect) -> Rect {
    body.centered(width: min(90, body.width), height: min(22, body.height))
  }

  /// The rows of text the overlay shows at once in `frame`.
  static func visibleRows(in frame: Rect) -> Int { max(1, frame.height - 2) }

  /// The overlay's lines for `card` in `frame`.
  static func lines(
    for card: Card, in corpus: Corpus, language mode: LanguageMode, frame: Rect
  ) -> [[Span]] {
    let width = max(10, frame.width - 4)
    let language = mode.primary
    let citation = Citation(card: card, in: corpus)
    var lines: [[Span]] = [[Span(mode.text(Strings.plainStyle), role: .heading)]]
    lines += TextLayout.wrap(
      [Span(citation.text(.plain, language: language), role: .normal)], width: width)
    lines.append([])
    lines.append([Span(mode.text(Strings.bibtex), role: .heading)])
    for line in citation.text(.bibtex, language: language).split(separator: "\n") {
      let indent = String(line.prefix { $0 == " " })
      lines += TextLayout.wrap(
        [Span(String(line.dropFirst(indent.count)), role: .code)], width: width - indent.count
      )
      .map { [Span(indent, role: .code)] + $0 }
    }
    lines.append([])
    lines += TextLayout.wrap([Span(mode.text(Strings.citationStyle), role: .dim)], width: width)
    return lines
  }

  func render(in area: Rect, on screen: inout Screen) {
    guard area.width >= 10, area.height >= 4 else { return }
    screen.fill(area, role: .normal)
    let body = area.inset(dx: 2, dy: 1)
    Box(
      title: [Span(language.text(Strings.citation) + " · " + cardID, role: .normal)],
      note: [Span("Esc", role: .dim)], isFocused: true, scroll: (scroll, body.height, lines.count)
    ).render(in: area, on: &screen)
    Viewport(lines: lines, offset: scroll).render(in: body, on: &screen)
  }
}
