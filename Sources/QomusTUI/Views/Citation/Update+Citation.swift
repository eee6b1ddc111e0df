extension AppState {
  /// Scrolling and closing the citation overlay.
  mutating func citationCommand(_ command: Command, cardID: String, scroll: Int) {
    let frame = CitationOverlay.frame(in: layout.body)
    let lines = catalog[cardID].map {
      CitationOverlay.lines(for: $0, in: catalog.corpus, language: language, frame: frame)
    }
    let limit = max(0, (lines?.count ?? 0) - CitationOverlay.visibleRows(in: frame))
    switch command {
    case .moveUp: mode = .citation(cardID: cardID, scroll: max(0, scroll - 1))
    case .moveDown: mode = .citation(cardID: cardID, scroll: min(limit, scroll + 1))
    case .cancel: popMode()
    default: break
    }
  }
}
