extension AppState {
  /// Scrolling and links in the card pane.
  mutating func cardCommand(_ command: Command) {
    let rows = layout.cardRows
    switch command {
    case .moveUp: scrollCard(by: -1)
    case .moveDown: scrollCard(by: 1)
    case .pageUp: scrollCard(by: -max(1, rows - 1))
    case .pageDown: scrollCard(by: max(1, rows - 1))
    case .halfPageUp: scrollCard(by: -max(1, rows / 2))
    case .halfPageDown: scrollCard(by: max(1, rows / 2))
    case .top: scrollCard(by: Int.min / 2)
    case .bottom: scrollCard(by: Int.max / 2)
    case .nextLink, .openAndFocusLink: moveLinkFocus(by: 1)
    case .previousLink: moveLinkFocus(by: -1)
    case .open: followFocusedLink()
    default: break
    }
  }

  mutating func scrollCard(by delta: Int) {
    guard var view = cardView else { return }
    view.scroll += delta
    cardView = view
    clampCardScroll()
  }

  /// Moves the link focus to the next (`1`) or previous (`-1`) link; from no focus, or a focus scrolled out of
  /// view, to the first (or last) link on screen, else the first after (or last before) it. Scrolls to show it.
  mutating func moveLinkFocus(by step: Int) {
    guard var view = cardView, let document else { return }
    let links = document.links
    guard !links.isEmpty else {
      message = Strings.noLinks
      return
    }
    let top = view.scroll
    let bottom = view.scroll + layout.cardRows
    let next: Int
    if let focused = view.focusedLink, links.indices.contains(focused),
      links[focused].lines.overlaps(top..<bottom)
    {
      next = (focused + step + links.count) % links.count
    } else if step > 0 {
      next = links.firstIndex { $0.lines.lowerBound >= top } ?? 0
    } else {
      next = links.lastIndex { $0.lines.upperBound <= bottom } ?? links.count - 1
    }
    view.focusedLink = next
    cardView = view
    revealFocusedLink()
  }

  /// Scrolls so the focused link is on screen (after a resize re-wrapped the card).
  mutating func revealFocusedLink() {
    guard var view = cardView, let focused = view.focusedLink, let document,
      document.links.indices.contains(focused)
    else { return }
    let lines = document.links[focused].lines
    if lines.lowerBound < view.scroll { view.scroll = lines.lowerBound }
    if lines.upperBound > view.scroll + layout.cardRows {
      view.scroll = lines.upperBound - layout.cardRows
    }
    cardView = view
    clampCardScroll()
  }

  /// Follows link `number` (1-based, as accessible mode numbers them), or says which numbers there are.
  mutating func followLink(number: Int) {
    guard let document else { return }
    guard document.links.indices.contains(number - 1) else {
      message = document.links.isEmpty ? Strings.noLinks : Strings.noSuchLink(number, of: document.links.count)
      return
    }
    open(document.links[number - 1].target)
  }

  mutating func followFocusedLink() {
    guard let view = cardView, let document else { return }
    guard let focused = view.focusedLink, document.links.indices.contains(focused) else {
      message = document.links.isEmpty ? Strings.noLinks : Strings.focusLink
      return
    }
    open(document.links[focused].target)
  }

  /// Drops the link focus once its link has scrolled out of view, so Tab starts from what is on screen.
  mutating func keepFocusedLinkVisible() {
    guard var view = cardView, let focused = view.focusedLink, let document,
      document.links.indices.contains(focused)
    else { return }
    let visible = view.scroll..<(view.scroll + layout.cardRows)
    if !document.links[focused].lines.overlaps(visible) {
      view.focusedLink = nil
      cardView = view
    }
  }
}
