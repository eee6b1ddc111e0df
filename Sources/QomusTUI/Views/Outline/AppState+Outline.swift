extension AppState {
  /// The outline a list-like view shows at `width`; nil for modes that are not one.
  func outline(for mode: Mode, width: Int) -> Outline? {
    switch mode {
    case .chain(let chain): ChainOutline(state: self).build(chain.proposalID, width: width)
    case .overview(let overview): OverviewOutline(state: self).build(overview, width: width)
    case .timeline: TimelineOutline(state: self).build(width: width)
    case .notes(let notes): NotesOutline(state: self).build(notes, width: width)
    default: nil
    }
  }

  /// The selection and scroll of a list-like view.
  func outlineList(of mode: Mode) -> ListState? {
    switch mode {
    case .chain(let chain): chain.list
    case .overview(let overview): overview.list
    case .timeline(let list): list
    case .notes(let notes): notes.list
    default: nil
    }
  }

  /// Where a list-like view draws its outline: the frame's content, below the notes view's tabs and search.
  func outlineArea(for mode: Mode) -> Rect {
    OutlineView.listArea(in: layout.body, headerRows: NotesView.headerRows(mode))
  }
}
