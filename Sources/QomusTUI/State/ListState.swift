/// The selection and scroll offset of a list, kept in the state so they survive frames.
public struct ListState: Sendable, Hashable {
  public var selected = 0
  public var offset = 0

  public init(selected: Int = 0, offset: Int = 0) {
    self.selected = selected
    self.offset = offset
  }

  /// Moves the selection by `delta` within `count` items, keeping it visible in `visible` rows.
  public mutating func move(by delta: Int, count: Int, visible: Int) {
    select(selected + delta, count: count, visible: visible)
  }

  /// Selects `index` (clamped), keeping it visible in `visible` rows.
  public mutating func select(_ index: Int, count: Int, visible: Int) {
    selected = count == 0 ? 0 : min(max(0, index), count - 1)
    reveal(count: count, visible: visible)
  }

  /// Adjusts the offset so the selection is visible and no rows are wasted past the end.
  public mutating func reveal(count: Int, visible: Int) {
    let visible = max(1, visible)
    selected = count == 0 ? 0 : min(max(0, selected), count - 1)
    if selected < offset { offset = selected }
    if selected >= offset + visible { offset = selected - visible + 1 }
    offset = max(0, min(offset, count - visible))
  }
}
