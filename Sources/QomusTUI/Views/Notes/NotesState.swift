/// The stars-and-notes view: which section, the selection, and the search over the notes.
public struct NotesState: Sendable, Hashable {
  /// The two sections of the view.
  public enum Section: Sendable, Hashable {
    case starred, notes
  }

  /// The section on show.
  public var section: Section = .starred
  /// The selection and scroll.
  public var list = ListState()
  /// Narrows the notes to those containing every word (folded like the store's note search).
  public var query = TextField()
  /// True while the query is being typed.
  public var isTyping = false
  /// The section's lines and items, built by `refreshView`.
  var outline: OutlineModel?

  /// The view on `section`.
  public init(section: Section = .starred) {
    self.section = section
  }
}
