import QomusCore

/// Everything the explorer shows, as one value: `update` makes the next one, `View.render` draws it.
public struct AppState: Sendable {
  /// The corpus arranged for the explorer.
  public let catalog: Catalog
  /// The terminal size.
  public var size: Size
  /// How text is shown (`L` cycles).
  public var language: LanguageMode
  /// The screens and overlays, bottom first; never empty, `modes[0] == .browse`.
  public var modes: [Mode] = [.browse]
  /// The pane with the keyboard focus while browsing.
  public var focus: Pane = .list
  /// The tab on show.
  public var tab = 0
  /// The selection and scroll of each tab's list.
  public var lists: [ListState]
  /// The list filter (`\\`).
  public var filter = TextField()
  /// The cards read, as a browser history.
  public var history = History()
  /// The card pane: which card, its scroll and focused link.
  public var cardView: CardViewState?
  /// The number of a link being typed in accessible mode (Enter follows it), nil when none.
  public var typedLink: Int?
  /// The laid-out card on show, rebuilt when the card, language or width changes.
  public var document: CardDocument?
  /// A one-line message for the status bar, cleared by the next key.
  public var message: LocalizedText?
  /// False once the reader quits.
  public var isRunning = true
  /// The student's stars, notes and reviews, and whether changes can be saved.
  public var user: UserSnapshot
  /// Whether stars, notes and answers can be saved.
  public var storeStatus: StoreStatus
  /// Where each view was left, to come back to it.
  public var remembered: [Mode.View: Mode] = [:]
  /// The tour presented last, offered first next time.
  public var lastTourID: String?
  /// Accessible mode (`--accessible`, `QOMUS_ACCESSIBLE=1`): plain glyphs, the focus marked `>` and under the
  /// cursor, links numbered.
  public var isAccessible = false {
    didSet { refresh() }
  }

  /// The explorer over `corpus` at `size`, with its companions (tours, matrix), the student’s data and whether it can be saved.
  public init(
    corpus: Corpus, size: Size, language: LanguageMode = .uzbek,
    companions: CompanionFiles = CompanionFiles(), user: UserSnapshot = UserSnapshot(),
    storeStatus: StoreStatus = .unavailable(reason: nil)
  ) {
    catalog = Catalog(corpus: corpus, companions: companions)
    self.size = size
    self.language = language
    self.user = user
    self.storeStatus = storeStatus
    message = storeStatus.notice
    lists = Array(repeating: ListState(), count: catalog.tabs.count)
    refresh()
  }

  /// The mode on top of the stack.
  public var mode: Mode {
    get { modes[modes.count - 1] }
    set { modes[modes.count - 1] = newValue }
  }

  /// Where everything goes at this size and mode.
  public var layout: Layout { Layout(state: self) }

  /// The ids the list shows: the current tab's, narrowed by the filter.
  public var listIDs: [String] {
    let ids = catalog.ids(inTab: tab)
    guard !filter.isEmpty else { return ids }
    return catalog.filter(ids, by: filter.text)
  }

  /// The current tab’s list state.
  public var list: ListState {
    get { lists.indices.contains(tab) ? lists[tab] : ListState() }
    set { if lists.indices.contains(tab) { lists[tab] = newValue } }
  }

  /// The id selected in the list, if any.
  public var selectedListID: String? {
    let ids = listIDs
    return ids.indices.contains(list.selected) ? ids[list.selected] : nil
  }

  /// The search on the stack, if any.
  public var search: SearchState? {
    for mode in modes.reversed() { if case .search(let search) = mode { return search } }
    return nil
  }

  /// The card the card pane should show: the selected search result, else the selected list card while the list
  /// has the focus, else the current history entry.
  public var displayedCardID: String? {
    if let search, !search.query.isEmpty { return search.selectedHit?.id ?? cardView?.cardID }
    if focus == .list { return selectedListID ?? history.current?.cardID }
    return history.current?.cardID ?? selectedListID
  }

  /// The key contexts in force, most specific first.
  public var keyContexts: [KeyContext] {
    switch mode {
    case .help: [.help]
    case .search: [.search]
    case .filter: [.filter]
    case .browse:
      focus == .list ? [.list, .global] : isAccessible ? [.cardLinks, .card, .global] : [.card, .global]
    case .tours: [.tours]
    case .present(let present): present.role == .presenter ? [.present, .presenter] : [.present, .views]
    case .matrix: [.matrix, .views]
    case .chain: [.chain, .views]
    case .overview: [.overview, .views]
    case .timeline: [.timeline, .views]
    case .notes(let notes): notes.isTyping ? [.notesSearch] : [.notes, .views]
    case .noteEditor(let editor): editor.isConfirming ? [.confirm] : [.noteEditor]
    case .quiz(let quiz): quiz.showsSummary ? [.quizSummary, .views] : [.quiz, .views]
    case .citation: [.citation]
    }
  }

  /// Brings the derived parts up to date: list selections in range, the card pane on the card to display, and its
  /// document laid out for the current width and language.
  mutating func refresh() {
    defer { refreshView() }
    let layout = self.layout
    let ids = listIDs
    list.reveal(in: .uniform(count: ids.count), visible: layout.listRows)
    if let id = displayedCardID {
      if cardView?.cardID != id { cardView = CardViewState(cardID: id) }
      if let search, !search.query.isEmpty {
        cardView?.highlight = search.answeredQuery
      } else {
        let entry = history.current
        let shown = cardView?.cardID
        cardView?.highlight = shown == entry?.cardID ? entry?.highlight : nil
      }
    } else {
      cardView = nil
    }
    guard let view = cardView, let card = catalog[view.cardID] else {
      document = nil
      return
    }
    let note = user.note(on: card.id)?.text
    let key = CardDocument.Key(
      cardID: card.id, language: language, width: layout.cardTextWidth, note: note, highlight: view.highlight,
      numbersLinks: isAccessible)
    if document?.key != key {
      document = CardDocumentBuilder(catalog: catalog, language: language, numbersLinks: isAccessible).build(
        card, width: layout.cardTextWidth, note: note, highlight: view.highlight)
    }
    clampCardScroll()
  }

  /// Keeps the card's scroll within its document.
  mutating func clampCardScroll() {
    guard var view = cardView, let document else { return }
    let maxScroll = max(0, document.lines.count - layout.cardRows)
    view.scroll = min(max(0, view.scroll), maxScroll)
    if let link = view.focusedLink, !document.links.indices.contains(link) {
      view.focusedLink = nil
    }
    cardView = view
  }
}
