extension AppState {
  /// Scrolling and closing the help overlay.
  mutating func helpCommand(_ command: Command, scroll: Int) {
    let frame = HelpOverlay.frame(in: size)
    let page = HelpOverlay.visibleRows(in: frame)
    let limit = max(0, HelpOverlay.lines(language: language, frame: frame).count - page)
    let clamp = { (value: Int) in Mode.help(scroll: min(max(0, value), limit)) }
    switch command {
    case .moveUp: mode = clamp(scroll - 1)
    case .moveDown: mode = clamp(scroll + 1)
    case .pageUp: mode = clamp(scroll - page)
    case .pageDown: mode = clamp(scroll + page)
    case .top: mode = clamp(0)
    case .bottom: mode = clamp(limit)
    case .cancel, .toggleHelp: popMode()
    default: break
    }
  }
}
