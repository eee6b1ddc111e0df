import QomusCore

/// A card in a few lines, under a view: kind, country and year, then its summary, cut with an ellipsis.
struct CardDetail: Widget {
  let card: Card?
  let language: LanguageMode

  func render(in area: Rect, on screen: inout Screen) {
    guard !area.isEmpty, let card else { return }
    var meta = [language.text(card.kind.singularName), language.text(card.jurisdiction.name)]
    if let year = card.year { meta.append(String(year)) }
    if let status = card.status { meta.append(language.text(status.name)) }
    var spans = [Span(meta.joined(separator: " · ") + " — ", role: .dim)]
    spans.append(Span(language.text(card.summary), role: .normal))
    var lines = TextLayout.wrap(spans, width: area.width)
    if lines.count > area.height {
      lines = Array(lines.prefix(area.height))
      lines[lines.count - 1] = (lines[lines.count - 1] + [Span(" …", role: .dim)]).truncated(
        to: area.width)
    }
    Viewport(lines: lines).render(in: area, on: &screen)
  }
}
