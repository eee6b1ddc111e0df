import QomusCore

extension AppState {
  /// Commands while browsing the list and the card.
  mutating func browseCommand(_ command: Command) -> Effect? {
    let typed = typedLink
    typedLink = nil
    switch command {
    case .linkDigit(let digit):
      let number = (typed ?? 0) * 10 + digit
      typedLink = number > 999 ? typed : number
      message = typedLink.map(Strings.typedLink)
    case .open where typed != nil && focus == .card:
      followLink(number: typed ?? 0)
    case .cancel where typed != nil:
      break
    case .toggleHelp: modes.append(.help(scroll: 0))
    case .cycleLanguage: language = language.next
    case .openSearch: modes.append(.search(SearchState()))
    case .openFilter:
      focus = .list
      modes.append(.filter)
    case .selectTab(let index): selectTab(index)
    case .nextTab: selectTab((tab + 1) % max(1, catalog.tabs.count))
    case .previousTab: selectTab((tab + catalog.tabs.count - 1) % max(1, catalog.tabs.count))
    case .back: goBack()
    case .forward: goForward()
    case .cancel:
      if focus == .card {
        focus = .list
      } else {
        filter = TextField()
      }
    default:
      var effect: Effect?
      if cardAction(command, effect: &effect) { return effect }
      focus == .list ? listCommand(command) : cardCommand(command)
    }
    return nil
  }

  mutating func listCommand(_ command: Command) {
    let count = listIDs.count
    let rows = layout.listRows
    switch command {
    case .moveUp: list.move(by: -1, count: count, visible: rows)
    case .moveDown: list.move(by: 1, count: count, visible: rows)
    case .pageUp: list.move(by: -rows, count: count, visible: rows)
    case .pageDown: list.move(by: rows, count: count, visible: rows)
    case .halfPageUp: list.move(by: -max(1, rows / 2), count: count, visible: rows)
    case .halfPageDown: list.move(by: max(1, rows / 2), count: count, visible: rows)
    case .top: list.select(0, count: count, visible: rows)
    case .bottom: list.select(count - 1, count: count, visible: rows)
    case .open:
      if let id = selectedListID { open(id) }
    case .openAndFocusLink:
      if let id = selectedListID {
        open(id)
        refresh()
        moveLinkFocus(by: 1)
      }
    default: break
    }
  }

  /// Shows tab `index` with its list focused; the filter is cleared.
  mutating func selectTab(_ index: Int) {
    guard catalog.tabs.indices.contains(index) else { return }
    if index != tab { filter = TextField() }
    tab = index
    focus = .list
  }

  /// Opens card `id` as a new history entry and focuses the card pane; the words of `query` (the search it was
  /// opened from) are marked in it, and stay marked when the reader comes back to the entry.
  mutating func open(_ id: String, highlighting query: String? = nil) {
    guard catalog[id] != nil else {
      message = Strings.missingCard
      return
    }
    if focus == .card, let cardView { history.update(cardView) }
    history.visit(id)
    if var entry = history.current, entry.highlight != query {
      entry.highlight = query
      history.update(entry)
    }
    cardView = history.current
    focus = .card
    reveal(id)
  }

  /// Back in history; from the list, back to the card being read; at the first card, to the list.
  mutating func goBack() {
    if focus == .list {
      if let entry = history.current { show(entry) } else { message = Strings.noEarlier }
      return
    }
    if let cardView { history.update(cardView) }
    if let entry = history.back() { show(entry) } else { focus = .list }
  }

  mutating func goForward() {
    if focus == .card, let cardView { history.update(cardView) }
    if let entry = history.forward() { show(entry) } else { message = Strings.noLater }
  }

  /// Shows a history entry in the card pane, as it was left.
  private mutating func show(_ entry: CardViewState) {
    cardView = entry
    focus = .card
    reveal(entry.cardID)
  }

  /// Brings the list to the card `id`: its tab, and it selected (clearing a filter that hides it).
  mutating func reveal(_ id: String) {
    guard let kind = catalog[id]?.kind, let index = catalog.tab(of: kind) else { return }
    if index != tab {
      tab = index
      filter = TextField()
    }
    if !listIDs.contains(id) { filter = TextField() }
    if let position = listIDs.firstIndex(of: id) {
      list.select(position, count: listIDs.count, visible: layout.listRows)
    }
  }
}
