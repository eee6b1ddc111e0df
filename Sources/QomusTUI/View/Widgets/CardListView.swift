import QomusCore

/// The list pane: one row per card of the current tab (jurisdiction, year, title), the selection highlighted,
/// and the filter field on top while it is being typed.
struct CardListView: Widget {
  let state: AppState
  let layout: Layout

  func render(in area: Rect, on screen: inout Screen) {
    let ids = state.listIDs
    let list = state.list
    let focused = state.focus == .list || state.mode == .filter
    var title = [
      Span(
        state.catalog.tabs.indices.contains(state.tab)
          ? state.language.text(state.catalog.tabs[state.tab].pluralName) : "", role: .normal)
    ]
    if !state.filter.isEmpty {
      title.append(
        Span(" · " + state.language.text(Strings.filter) + ": " + state.filter.text, role: .accent))
    }
    let position = ids.isEmpty ? "0" : "\(list.selected + 1)/\(ids.count)"
    Box(
      title: title, note: [Span(position, role: .dim)], isFocused: focused,
      scroll: (list.offset, layout.listRows, ids.count)
    ).render(in: area, on: &screen)

    if state.mode == .filter {
      TextFieldView(prompt: " \\ ", field: state.filter).render(in: layout.listBody, on: &screen)
    }
    let items = layout.listItems
    guard !ids.isEmpty else {
      screen.write(
        " " + state.language.text(Strings.noCards), x: items.x, y: items.y, role: .dim, clip: items)
      return
    }
    let cards = ids.compactMap { state.catalog[$0] }
    // The jurisdiction column, unless the pane is narrow and every card of the tab shares one; the year
    // column when some card of the tab has a year.
    let tabCards = state.catalog.ids(inTab: state.tab).compactMap { state.catalog[$0] }
    let showsCode = Set(tabCards.map(\.jurisdiction)).count > 1 || items.width >= 34
    let showsYear = tabCards.contains { $0.year != nil }
    let codeWidth = showsCode ? cards.map { $0.jurisdiction.rawValue.count }.max() ?? 2 : 0
    for row in 0..<min(layout.listRows, ids.count - list.offset) {
      let index = list.offset + row
      let card = cards[index]
      let line = items.row(row)
      let selected = index == list.selected
      let base: StyleRole = selected ? (focused ? .selection : .selectionInactive) : .normal
      screen.fill(line, role: base)
      let code =
        codeWidth == 0
        ? ""
        : card.jurisdiction.rawValue.padding(toLength: codeWidth, withPad: " ", startingAt: 0) + " "
      let year = showsYear ? (card.year.map(String.init) ?? "    ") + " " : ""
      var x = screen.write(
        " " + code + year, x: line.x, y: line.y, role: selected ? base : .dim, clip: line)
      if state.user.isStarred(card.id) {
        x = screen.write("★ ", x: x, y: line.y, role: selected ? base : .star, clip: line)
      }
      let title = TextLayout.truncate(state.language.text(card.title), to: line.maxX - x - 1)
      x = screen.write(title, x: x, y: line.y, role: base, clip: line)
    }
  }
}
