/// A screen or overlay on the mode stack. The bottom is always `.browse`; the top gets the keys, and `Esc` pops it.
public enum Mode: Sendable, Hashable {
  /// Tabs, list and card.
  case browse
  /// Search as you type, over the list pane.
  case search(SearchState)
  /// Typing a filter for the list.
  case filter
  /// The key overlay, scrolled by `scroll` rows.
  case help(scroll: Int)
  /// Choosing a tour to present.
  case tours(ListState)
  /// A tour as full-screen slides.
  case present(PresentState)
  /// Topics × countries.
  case matrix(MatrixState)
  /// One proposal's chain.
  case chain(ChainState)
  /// Every proposal, sortable.
  case overview(OverviewState)
  /// Acts and analogues by year.
  case timeline(TimelineState)
  /// The starred cards and the notes.
  case notes(NotesState)
  /// Writing the note on a card.
  case noteEditor(NoteEditorState)
  case quiz(QuizState)
  /// The citation of a card, over the explorer.
  case citation(cardID: String, scroll: Int)

  /// The kinds of full-screen view, for remembering where each was left.
  public enum View: Sendable, Hashable {
    case matrix, overview, timeline, notes
  }

  /// True for the full-screen views that replace the list and card.
  public var isView: Bool {
    switch self {
    case .browse, .search, .filter, .help, .tours, .citation: false
    default: true
    }
  }

  /// Which remembered view this is, if any.
  var view: View? {
    switch self {
    case .matrix: .matrix
    case .overview: .overview
    case .timeline: .timeline
    case .notes: .notes
    default: nil
    }
  }
}

/// The pane with the keyboard focus while browsing.
public enum Pane: Sendable, Hashable {
  case list, card
}
