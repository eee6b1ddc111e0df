import QomusCore

/// A list-like view in its frame: a box with a title and the position, the outline from its scroll offset with the
/// selected item highlighted, and the selected card's kind and summary in the detail strip.
struct OutlineView: Widget {
  let state: AppState
  let title: [Span]
  let outline: Outline
  let list: ListState
  /// Where the outline goes (the frame's content, or less).
  let area: Rect

  func render(in box: Rect, on screen: inout Screen) {
    let frame = ViewFrame(layout: state.layout)
    screen.fill(frame.box, role: .normal)
    let count = outline.items.count
    let position = count == 0 ? "" : "\(list.selected + 1)/\(count)"
    Box(
      title: title, note: [Span(position, role: .dim)], isFocused: true,
      scroll: (list.offset, area.height, outline.lines.count)
    ).render(in: frame.box, on: &screen)
    let selected =
      outline.items.indices.contains(list.selected) ? outline.items[list.selected] : nil
    for row in 0..<min(area.height, max(0, outline.lines.count - list.offset)) {
      let index = list.offset + row
      let line = area.row(row)
      let isSelected = selected?.lines.contains(index) == true
      if isSelected { screen.fill(line, role: .selection) }
      screen.write(outline.lines[index], x: line.x, y: line.y, clip: line) { span in
        guard isSelected else { return span.role }
        return span.role == .highlight ? .selectionHighlight : .selection
      }
    }
    CardDetail(state: state, cardID: selected?.cardID).render(in: frame.detail, on: &screen)
    if !frame.rule.isEmpty {
      screen.write(
        "├" + String(repeating: "─", count: frame.rule.width - 2) + "┤", x: frame.rule.x,
        y: frame.rule.y,
        role: .borderFocused, clip: frame.rule)
    }
  }
}

/// A card in a few lines, under a view: kind, country and year, then its summary, cut with an ellipsis.
struct CardDetail: Widget {
  let state: AppState
  let cardID: String?

  func render(in area: Rect, on screen: inout Screen) {
    guard !area.isEmpty, let id = cardID, let card = state.catalog[id] else { return }
    let language = state.language
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
    for (index, line) in lines.enumerated() {
      screen.write(line, x: area.x, y: area.y + index, clip: area)
    }
  }
}
