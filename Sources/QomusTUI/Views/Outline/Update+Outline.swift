import QomusCore

extension AppState {
  /// Routes `command` to the list-like view on top (its own `update`), then does what the view asks of the root.
  mutating func outlineCommand(_ command: Command) {
    refreshOutlines()
    let visible = outlineArea(for: mode).height
    let request: ViewEffect?
    switch mode {
    case .chain(var chain):
      request = chain.update(command, visible: visible)
      mode = .chain(chain)
    case .overview(var overview):
      request = overview.update(command, visible: visible)
      mode = .overview(overview)
    case .timeline(var timeline):
      request = timeline.update(command, visible: visible)
      mode = .timeline(timeline)
    case .notes(var notes):
      request = notes.update(command, visible: visible)
      mode = .notes(notes)
    default: return
    }
    if let request { perform(request) }
  }

  /// Does what a view asked of the root.
  private mutating func perform(_ request: ViewEffect) {
    switch request {
    case .open(let id): openFromView(id)
    case .close: popMode()
    case .sorted(let order, let id):
      let entries = catalog.proposals.sorted(by: order, language: language.primary)
      mode.outlineList = ListState(selected: entries.firstIndex { $0.proposal.id == id } ?? 0)
      message = Strings.sorted(order.label)
    }
  }

  /// Keeps the view on top in range after a resize, a language switch or a change to the data: the outlines
  /// rebuilt where their inputs changed, the matrix and the note editor scrolled to their cursor.
  mutating func refreshView() {
    refreshOutlines()
    switch mode {
    case .matrix(var matrix):
      if let table = catalog.matrix { matrix.reveal(in: table, body: layout.body) }
      mode = .matrix(matrix)
    case .noteEditor(var editor):
      editor.reveal(in: NoteEditorFrame(layout: layout))
      mode = .noteEditor(editor)
    default: break
    }
  }
}
