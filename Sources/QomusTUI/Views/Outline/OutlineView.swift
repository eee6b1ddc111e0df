import QomusCore

/// A list-like view in its frame: a box with a title and the position, the outline from its scroll offset with the
/// selected item highlighted (spans made only for the lines on screen), and the selected card's kind and summary in the detail strip.
struct OutlineView: Widget {
  let title: [Span]
  let outline: OutlineModel
  let list: ListState
  /// Rows at the top of the frame's content kept for the view's own header (the notes view's tabs).
  var headerRows = 0
  /// The selected item's card, for the detail strip.
  let detail: Card?
  let language: LanguageMode

  /// Where the outline goes in a view's `body`: the frame's content below `headerRows`.
  static func listArea(in body: Rect, headerRows: Int = 0) -> Rect {
    ViewFrame(body: body).content.splitRows(headerRows).1
  }

  func render(in body: Rect, on screen: inout Screen) {
    let frame = ViewFrame(body: body)
    let area = Self.listArea(in: body, headerRows: headerRows)
    screen.fill(frame.box, role: .normal)
    let count = outline.items.count
    let position = count == 0 ? "" : "\(list.selected + 1)/\(count)"
    let view = ListView(rows: outline.rows, state: list) { rows in
      rows.map { outline.lines[$0].spans(width: area.width) }
    }
    Box(
      title: title, note: [Span(position, role: .dim)], isFocused: true,
      scroll: view.scrollBar(visible: area.height)
    ).render(in: frame.box, on: &screen)
    view.render(in: area, on: &screen)
    CardDetail(card: detail, language: language).render(in: frame.detail, on: &screen)
    if !frame.rule.isEmpty {
      screen.write(
        "├" + String(repeating: "─", count: frame.rule.width - 2) + "┤", x: frame.rule.x,
        y: frame.rule.y, role: .borderFocused, clip: frame.rule)
    }
  }
}
