/// The timeline: the selected card and the outline on show.
public struct TimelineState: Sendable, Hashable {
  /// The selection and scroll.
  public var list = ListState()
  /// The timeline's lines and items, built by `refreshView`.
  var outline: OutlineModel?

  /// The timeline with `list` selected.
  public init(list: ListState = ListState()) {
    self.list = list
  }
}
