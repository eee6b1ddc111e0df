import QomusCore

/// The card pane: the laid-out card from its scroll position, the focused link highlighted, a scroll bar, and the
/// history position on the border.
struct CardPaneView: Widget {
  let state: AppState
  let layout: Layout

  func render(in area: Rect, on screen: inout Screen) {
    let focused = state.focus == .card && state.mode == .browse
    guard let view = state.cardView, let document = state.document,
      let card = state.catalog[view.cardID]
    else {
      Box(isFocused: focused).render(in: area, on: &screen)
      screen.write(
        state.language.text(Strings.noCards), x: layout.cardBody.x, y: layout.cardBody.y,
        role: .dim,
        clip: layout.cardBody)
      return
    }
    var note: [Span] = []
    let history = state.history
    if history.current?.cardID == card.id, history.backCount + history.forwardCount > 0 {
      note = [Span("◂ \(history.backCount) · \(history.forwardCount) ▸", role: .dim)]
    }
    var title = [
      Span(state.language.text(card.kind.singularName) + " · ", role: .normal),
      Span(card.id, role: .dim),
    ]
    if state.user.note(on: card.id) != nil { title.append(Span(" ✎", role: .accent)) }
    if state.user.isStarred(card.id) { title.insert(Span("★ ", role: .star), at: 0) }
    Box(
      title: title,
      note: note, isFocused: focused, scroll: (view.scroll, layout.cardRows, document.lines.count)
    ).render(in: area, on: &screen)
    let body = layout.cardBody
    for row in 0..<min(body.height, max(0, document.lines.count - view.scroll)) {
      let line = document.lines[view.scroll + row]
      screen.write(line, x: body.x, y: body.y + row, clip: body) { span in
        if let link = span.link, link == view.focusedLink, focused { return .linkFocused }
        return span.role
      }
    }
  }
}
