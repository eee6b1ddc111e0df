extension AppState {
  /// What the outline of `mode` is built from now; nil for modes that are not a list-like view.
  func outlineKey(for mode: Mode) -> OutlineModel.Key? {
    let source: OutlineModel.Key.Source
    switch mode {
    case .chain(let chain): source = .chain(proposalID: chain.proposalID)
    case .overview(let overview): source = .overview(overview.order)
    case .timeline: source = .timeline
    case .notes(let notes): source = .notes(notes.section, query: notes.query.text)
    default: return nil
    }
    return OutlineModel.Key(
      source: source, language: language, width: outlineArea(for: mode).width, user: user)
  }

  /// The outline for `key`, built from the catalog and the student's data.
  func buildOutline(_ key: OutlineModel.Key) -> OutlineModel {
    OutlineModel.builds?.increment()
    switch key.source {
    case .chain(let id): return ChainOutline(state: self).build(id, key: key)
    case .overview(let order): return OverviewOutline(state: self).build(order, key: key)
    case .timeline: return TimelineOutline(state: self).build(key: key)
    case .notes(let section, let query):
      return NotesOutline(state: self).build(section, query: query, key: key)
    }
  }

  /// The outline `mode` holds when it is up to date, else one built now; nil for modes that are not a list-like
  /// view.
  func outline(of mode: Mode) -> OutlineModel? {
    guard let key = outlineKey(for: mode) else { return nil }
    if let outline = mode.outline, outline.key == key { return outline }
    return buildOutline(key)
  }

  /// Where a list-like view draws its outline: the frame's content, below the notes view's tabs and search.
  func outlineArea(for mode: Mode) -> Rect {
    OutlineView.listArea(in: layout.body, headerRows: NotesView.headerRows(mode))
  }

  /// Builds the outline of every list-like view on the stack whose inputs changed, and keeps its selection in
  /// range and on screen.
  mutating func refreshOutlines() {
    for index in modes.indices {
      guard let key = outlineKey(for: modes[index]) else { continue }
      if modes[index].outline?.key != key { modes[index].outline = buildOutline(key) }
      guard let rows = modes[index].outline?.rows else { continue }
      let visible = outlineArea(for: modes[index]).height
      modes[index].outlineList?.reveal(in: rows, visible: visible)
    }
  }
}

extension Mode {
  /// The outline a list-like view holds (nil until it is built, and for other modes).
  var outline: OutlineModel? {
    get {
      switch self {
      case .chain(let chain): chain.outline
      case .overview(let overview): overview.outline
      case .timeline(let timeline): timeline.outline
      case .notes(let notes): notes.outline
      default: nil
      }
    }
    set {
      switch self {
      case .chain(var chain):
        chain.outline = newValue
        self = .chain(chain)
      case .overview(var overview):
        overview.outline = newValue
        self = .overview(overview)
      case .timeline(var timeline):
        timeline.outline = newValue
        self = .timeline(timeline)
      case .notes(var notes):
        notes.outline = newValue
        self = .notes(notes)
      default: break
      }
    }
  }

  /// The selection and scroll of a list-like view; setting it on another mode does nothing.
  var outlineList: ListState? {
    get {
      switch self {
      case .chain(let chain): chain.list
      case .overview(let overview): overview.list
      case .timeline(let timeline): timeline.list
      case .notes(let notes): notes.list
      default: nil
      }
    }
    set {
      guard let list = newValue else { return }
      switch self {
      case .chain(var chain):
        chain.list = list
        self = .chain(chain)
      case .overview(var overview):
        overview.list = list
        self = .overview(overview)
      case .timeline(var timeline):
        timeline.list = list
        self = .timeline(timeline)
      case .notes(var notes):
        notes.list = list
        self = .notes(notes)
      default: break
      }
    }
  }
}
