import QomusCore

/// The list pane: one row per card of the current tab (jurisdiction, year, title), the selection highlighted,
/// and the filter field on top while it is being typed.
struct CardListView: Widget {
  /// What the list pane shows.
  struct Model {
    var title: [Span]
    var cards: [Card]
    var list: ListState
    var isFocused: Bool
    /// The filter being typed, shown above the items.
    var filter: TextField?
    var language: LanguageMode
    var isStarred: (String) -> Bool
    /// Whether the jurisdiction column is shown when the pane is narrow (some cards of the tab differ in it).
    var tabMixesJurisdictions: Bool
    /// Whether some card of the tab has a year.
    var tabHasYears: Bool
  }

  let model: Model

  /// The rows where the items go in a list box `area`: inside its border, below a filter field.
  static func items(in area: Rect, typingFilter: Bool) -> Rect {
    area.inset(dx: 1, dy: 1).splitRows(typingFilter ? 1 : 0).1
  }

  func render(in area: Rect, on screen: inout Screen) {
    let cards = model.cards
    let items = Self.items(in: area, typingFilter: model.filter != nil)
    let showsCode = model.tabMixesJurisdictions || items.width >= 34
    let codeWidth = showsCode ? cards.map { $0.jurisdiction.rawValue.count }.max() ?? 2 : 0
    let list = ListView(
      rows: .uniform(count: cards.count), state: model.list, isFocused: model.isFocused
    ) { range in range.map { line(cards[$0], codeWidth: codeWidth, width: items.width) } }
    let position = cards.isEmpty ? "0" : "\(model.list.selected + 1)/\(cards.count)"
    Box(
      title: model.title, note: [Span(position, role: .dim)], isFocused: model.isFocused,
      scroll: list.scrollBar(visible: items.height)
    ).render(in: area, on: &screen)
    if let filter = model.filter {
      TextFieldView(prompt: " \\ ", field: filter).render(in: area.inset(dx: 1, dy: 1), on: &screen)
    }
    guard !cards.isEmpty else {
      screen.write(
        " " + model.language.text(Strings.noCards), x: items.x, y: items.y, role: .dim, clip: items)
      return
    }
    list.render(in: items, on: &screen)
  }

  /// ` UZ 2015 ★ Title`: the columns the tab needs, the title cut to the row.
  private func line(_ card: Card, codeWidth: Int, width: Int) -> [Span] {
    let code =
      codeWidth == 0
      ? "" : card.jurisdiction.rawValue.padding(toLength: codeWidth, withPad: " ", startingAt: 0) + " "
    let year = model.tabHasYears ? (card.year.map(String.init) ?? "    ") + " " : ""
    var spans = [Span(" " + code + year, role: .dim)]
    if model.isStarred(card.id) { spans.append(Span("★ ", role: .star)) }
    let used = spans.width
    spans.append(
      Span(TextLayout.truncate(model.language.text(card.title), to: width - used - 1), role: .normal))
    return spans
  }
}
