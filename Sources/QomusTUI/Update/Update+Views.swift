import QomusCore

extension AppState {
  /// How many questions a quiz in the explorer asks.
  static let quizLength = 10

  /// Keys shared by the full-screen views, then the keys of the view on top.
  mutating func viewCommand(_ command: Command) -> Effect? {
    switch command {
    case .toggleHelp:
      modes.append(.help(scroll: 0))
      return nil
    case .cycleLanguage:
      language = language.next
      return nil
    default: break
    }
    var effect: Effect?
    if cardAction(command, effect: &effect) { return effect }
    switch mode {
    case .present(let present): presentCommand(command, present)
    case .matrix(let matrix): matrixCommand(command, matrix)
    case .chain, .overview, .timeline, .notes: outlineCommand(command)
    case .quiz(let quiz): return quizCommand(command, quiz)
    default: break
    }
    return nil
  }

  /// The commands that open a view or act on the focused card, from browsing or from a view. Returns false for
  /// any other command.
  mutating func cardAction(_ command: Command, effect: inout Effect?) -> Bool {
    switch command {
    case .present: pickTour()
    case .openMatrix: openMatrix()
    case .openOverview: openOverview()
    case .openTimeline: openTimeline()
    case .openNotes: openView(remembered[.notes] ?? .notes(NotesState()))
    case .openQuiz:
      openView(.quiz(QuizState(reviews: user.reviews)))
      effect = .planQuiz(count: Self.quizLength)
    case .openChain: openChain(focusedCardID)
    case .toggleStar: effect = toggleStar(focusedCardID)
    case .editNote: editNote(focusedCardID)
    case .showCitation:
      guard let id = focusedCardID else { return true }
      modes.append(.citation(cardID: id, scroll: 0))
    default: return false
    }
    return true
  }

  /// The card a key acts on: the one selected in the view on top, else the one on show while browsing.
  public var focusedCardID: String? {
    for mode in modes.reversed() {
      switch mode {
      case .help, .tours: continue
      case .citation(let id, _): return id
      case .noteEditor(let editor): return editor.cardID
      case .present(let present): return slideStop(present)?.card
      case .matrix(let matrix):
        return catalog.matrix?.cell(row: matrix.row, column: matrix.column)?.card
      case .chain, .overview, .timeline, .notes:
        return outline(of: mode)?.cardID(at: mode.outlineList?.selected ?? 0)
      case .quiz(let quiz):
        return quiz.showsSummary
          ? QuizSummary(state: self, quiz: quiz).cardID(at: quiz.list.selected) : nil
      case .browse, .search, .filter: return displayedCardID
      }
    }
    return displayedCardID
  }

  /// Shows `view`, in place of any view open now.
  mutating func openView(_ view: Mode) {
    while mode.isView || mode == .filter { popMode() }
    if case .search = mode { popMode() }
    modes.append(view)
  }

  /// Leaves every view and opens `id` in the explorer.
  mutating func openFromView(_ id: String?) {
    guard let id else {
      message = Strings.noCardHere
      return
    }
    while modes.count > 1 { popMode() }
    open(id)
  }

  // MARK: Opening views

  mutating func openMatrix() {
    guard let matrix = catalog.matrix else {
      message = Strings.noMatrix
      return
    }
    var state: MatrixState
    if case .matrix(let old)? = remembered[.matrix] { state = old } else { state = MatrixState() }
    if let id = focusedCardID, !mode.isView, let cell = matrix.position(of: id) {
      state = MatrixState(row: cell.row, column: cell.column)
    }
    openView(.matrix(state))
  }

  mutating func openOverview() {
    var state: OverviewState
    if case .overview(let old)? = remembered[.overview] {
      state = old
    } else {
      state = OverviewState()
    }
    if let id = focusedCardID, !mode.isView,
      let index = catalog.proposals.sorted(by: state.order, language: language.primary).firstIndex(
        where: { $0.proposal.id == id })
    {
      state.list = ListState(selected: index)
    }
    openView(.overview(state))
  }

  mutating func openTimeline() {
    var timeline: TimelineState
    if case .timeline(let old)? = remembered[.timeline] { timeline = old } else { timeline = TimelineState() }
    if let id = focusedCardID, !mode.isView,
      let index = TimelineOutline.cardIDs(catalog.timeline).firstIndex(of: id)
    {
      timeline.list = ListState(selected: index)
    }
    openView(.timeline(timeline))
  }

  /// The chain of `id` when it is a proposal, on top of the view (so Esc returns to it).
  mutating func openChain(_ id: String?) {
    guard let id, catalog[id]?.kind == .proposal else {
      message = Strings.chainNeedsProposal
      return
    }
    if case .overview = mode {
      modes.append(.chain(ChainState(proposalID: id)))
    } else {
      openView(.chain(ChainState(proposalID: id)))
    }
  }

  // MARK: Stars and notes

  mutating func toggleStar(_ id: String?) -> Effect? {
    guard let id, catalog[id] != nil else {
      message = Strings.noCardHere
      return nil
    }
    guard storeStatus.canWrite else {
      message = storeStatus.refusal
      return nil
    }
    let on = !user.isStarred(id)
    user = user.settingStar(id, on)
    message = on ? Strings.starred : Strings.unstarred
    return .store(on ? .star(id) : .unstar(id))
  }

  mutating func editNote(_ id: String?) {
    guard let id, catalog[id] != nil else {
      message = Strings.noCardHere
      return
    }
    guard storeStatus.canWrite else {
      message = storeStatus.refusal
      return
    }
    modes.append(.noteEditor(NoteEditorState(cardID: id, text: user.note(on: id)?.text ?? "")))
  }

  /// Takes the store's copy of the data after a write.
  mutating func receiveStore(_ snapshot: UserSnapshot, failure: UserStoreError?) {
    user = snapshot
    if let failure { message = Strings.notSaved(failure.description) }
  }
}
