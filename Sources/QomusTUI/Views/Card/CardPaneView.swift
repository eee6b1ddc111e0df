import QomusCore

/// The card pane: the laid-out card from its scroll position, the focused link highlighted, a scroll bar, and the
/// history position on the border.
struct CardPaneView: Widget {
  /// What the card pane shows: the card's title on the border and its document, or nothing.
  struct Model {
    var card: Card?
    var document: CardDocument?
    var view: CardViewState?
    var isFocused: Bool
    /// `◂ back · forward ▸` when the card is the current history entry.
    var history: (back: Int, forward: Int)?
    var isStarred: Bool
    var hasNote: Bool
    var language: LanguageMode
  }

  let model: Model

  /// Inside the card box's border, with a column of padding on each side.
  static func body(in area: Rect) -> Rect { area.isEmpty ? .zero : area.inset(dx: 2, dy: 1) }

  func render(in area: Rect, on screen: inout Screen) {
    let body = Self.body(in: area)
    guard let view = model.view, let document = model.document, let card = model.card else {
      Box(isFocused: model.isFocused).render(in: area, on: &screen)
      screen.write(
        model.language.text(Strings.noCards), x: body.x, y: body.y, role: .dim, clip: body)
      return
    }
    var note: [Span] = []
    if let history = model.history, history.back + history.forward > 0 {
      note = [Span("◂ \(history.back) · \(history.forward) ▸", role: .dim)]
    }
    var title = [
      Span(model.language.text(card.kind.singularName) + " · ", role: .normal),
      Span(card.id, role: .dim),
    ]
    if model.hasNote { title.append(Span(" ✎", role: .accent)) }
    if model.isStarred { title.insert(Span("★ ", role: .star), at: 0) }
    Box(
      title: title, note: note, isFocused: model.isFocused,
      scroll: (view.scroll, max(1, body.height), document.lines.count)
    ).render(in: area, on: &screen)
    let focused = model.isFocused
    Viewport(lines: document.lines, offset: view.scroll) { span in
      if let link = span.link, link == view.focusedLink, focused { return .linkFocused }
      return span.role
    }.render(in: body, on: &screen)
    guard focused else { return }
    // The focus: the focused link's first line on screen (its leading blank column), else the top line.
    let top = Viewport.clamp(view.scroll, lines: document.lines.count, visible: body.height)
    if let link = view.focusedLink, document.links.indices.contains(link) {
      let line = max(document.links[link].lines.lowerBound, top)
      if line < top + body.height { screen.focus(x: body.x, y: body.y + line - top) }
    } else {
      screen.focus(x: body.x, y: body.y, marked: false)
    }
  }
}
