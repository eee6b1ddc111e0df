/// A screen or overlay on the mode stack. The bottom is always `.browse`; the top gets the keys, and `Esc` pops it.
/// Views for lecturers and policymakers (slides, matrix, chains, timeline …) are added as further cases.
public enum Mode: Sendable, Hashable {
  /// Tabs, list and card.
  case browse
  /// Search as you type, over the list pane.
  case search(SearchState)
  /// Typing a filter for the list.
  case filter
  /// The key overlay, scrolled by `scroll` rows.
  case help(scroll: Int)
}

/// The pane with the keyboard focus while browsing.
public enum Pane: Sendable, Hashable {
  case list, card
}
