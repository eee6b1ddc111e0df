import QomusCore

extension AppState {
  /// How many results a search asks for.
  public static let searchLimit = 50

  /// Typing, moving and opening in the search box. Every change of the query asks for a search.
  mutating func searchCommand(_ command: Command) -> Effect? {
    guard case .search(var search) = mode else { return nil }
    let page = layout.listRows
    let rows = SearchResultsView.rows(search)
    let visible = page * SearchResultsView.itemHeight
    switch command {
    case .moveUp: search.list.move(by: -1, in: rows, visible: visible)
    case .moveDown: search.list.move(by: 1, in: rows, visible: visible)
    case .pageUp: search.list.move(by: -page, in: rows, visible: visible)
    case .pageDown: search.list.move(by: page, in: rows, visible: visible)
    case .open:
      guard let hit = search.selectedHit else { return nil }
      popMode()
      open(hit.id, highlighting: search.answeredQuery)
      return nil
    case .cancel:
      popMode()
      return nil
    default:
      let before = search.query
      guard search.field.apply(command) else { return nil }
      mode = .search(search)
      guard search.query != before else { return nil }
      if search.query.isEmpty {
        receiveResults(query: "", hits: [])
        return nil
      }
      return .search(
        query: search.query,
        options: SearchOptions(
          preferredLanguage: language == .english ? .en : .uz, limit: Self.searchLimit, prefixLastWord: true))
    }
    mode = .search(search)
    return nil
  }

  /// Takes results if they answer the query in the box now; older answers are dropped.
  mutating func receiveResults(query: String, hits: [SearchHit]) {
    guard let index = modes.lastIndex(where: { if case .search = $0 { true } else { false } }),
      case .search(var search) = modes[index], search.query == query
    else { return }
    search.hits = hits
    search.answeredQuery = query
    search.list = ListState()
    modes[index] = .search(search)
  }
}
