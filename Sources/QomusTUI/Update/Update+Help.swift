extension AppState {
  /// Scrolling and closing the help overlay.
  mutating func helpCommand(_ command: Command, scroll: Int) {
    let page = max(1, HelpOverlay.frame(in: layout).height - 2)
    let limit = max(
      0, HelpOverlay.lines(for: self, width: HelpOverlay.frame(in: layout).width - 4).count - page)
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
