/// The explorer's logic: a pure function from a state and an action to the next state and, at most, one effect.
public enum Update {
  /// The state after `action`, and the effect to run.
  public static func apply(_ action: Action, to state: AppState) -> (AppState, Effect?) {
    var next = state
    let effect = next.apply(action)
    return (next, effect)
  }
}

extension AppState {
  /// Applies `action` in place (the body of `Update.apply`).
  public mutating func apply(_ action: Action) -> Effect? {
    var effect: Effect?
    switch action {
    case .key(let key):
      message = nil
      if let command = KeyTable.command(for: key, in: keyContexts) { effect = perform(command) }
    case .command(let command):
      message = nil
      effect = perform(command)
    case .mouse(let event):
      message = nil
      if !layout.isTooSmall { handleMouse(event) }
    case .paste(let text):
      message = nil
      if !layout.isTooSmall { effect = paste(text) }
    case .resize(let newSize):
      size = newSize
      refresh()
      revealFocusedLink()
    case .searchCompleted(let query, let hits):
      receiveResults(query: query, hits: hits)
    case .storeChanged(let snapshot, let failure):
      receiveStore(snapshot, failure: failure)
    case .quizPlanned(let questions, let date):
      receiveQuiz(questions, at: date)
    case .presenter(let update):
      receivePresenter(update)
    }
    refresh()
    keepFocusedLinkVisible()
    return effect
  }

  /// What `command` does in the current mode.
  mutating func perform(_ command: Command) -> Effect? {
    if command == .quit {
      isRunning = false
      return nil
    }
    if command == .redraw { return .redraw }
    if layout.isTooSmall { return nil }
    switch mode {
    case .help(let scroll): helpCommand(command, scroll: scroll)
    case .search: return searchCommand(command)
    case .filter: filterCommand(command)
    case .browse: return browseCommand(command)
    case .citation(let id, let scroll): citationCommand(command, cardID: id, scroll: scroll)
    case .tours(let list): toursCommand(command, list: list)
    case .noteEditor(let editor): return noteEditorCommand(command, editor)
    default: return viewCommand(command)
    }
    return nil
  }

  /// Removes the top mode (never the base), remembering where a view was left.
  mutating func popMode() {
    guard modes.count > 1 else { return }
    let top = modes.removeLast()
    if let view = top.view { remembered[view] = top }
  }
}
