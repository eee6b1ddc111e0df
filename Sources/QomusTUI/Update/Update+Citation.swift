extension AppState {
  /// Scrolling and closing the citation overlay.
  mutating func citationCommand(_ command: Command, cardID: String, scroll: Int) {
    let limit = max(0, CitationOverlay.lines(for: self, cardID: cardID).count - 4)
    switch command {
    case .moveUp: mode = .citation(cardID: cardID, scroll: max(0, scroll - 1))
    case .moveDown: mode = .citation(cardID: cardID, scroll: min(limit, scroll + 1))
    case .cancel: popMode()
    default: break
    }
  }
}
