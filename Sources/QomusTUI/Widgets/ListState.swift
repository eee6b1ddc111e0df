/// The selection and scroll offset of a list, kept in the state so they survive frames (as ratatui's `ListState`).
///
/// Items may take several rows (`ListRows`); `offset` is the first row on screen. `ListView` reveals the selection
/// again when it draws, from the rows it is given, so a list never shows a stale window.
public struct ListState: Sendable, Hashable {
  /// The selected item (0 in an empty list).
  public var selected = 0
  /// The first row on screen.
  public var offset = 0

  /// A state with `selected` chosen and scrolled to `offset`.
  public init(selected: Int = 0, offset: Int = 0) {
    self.selected = selected
    self.offset = offset
  }

  /// Moves the selection by `delta` items, keeping it visible in `visible` rows.
  public mutating func move(by delta: Int, in rows: ListRows, visible: Int) {
    select(selected + delta, in: rows, visible: visible)
  }

  /// Selects item `index` (clamped), keeping it visible in `visible` rows.
  public mutating func select(_ index: Int, in rows: ListRows, visible: Int) {
    selected = index
    reveal(in: rows, visible: visible)
  }

  /// Keeps the selection among the items and scrolls the fewest rows that show it in `visible` rows; the first
  /// item shows the rows above it too (headings), and no rows are wasted past the end.
  public mutating func reveal(in rows: ListRows, visible: Int) {
    let visible = max(1, visible)
    selected = rows.itemCount == 0 ? 0 : min(max(0, selected), rows.itemCount - 1)
    let item = rows.rows(ofItem: selected).map { selected == 0 ? 0..<$0.upperBound : $0 }
    offset = Scroll.reveal(item ?? offset..<offset, offset: offset, visible: visible, total: rows.count)
  }

  /// Moves the selection by `delta` among `count` one-row items shown in `visible` rows.
  public mutating func move(by delta: Int, count: Int, visible: Int) {
    move(by: delta, in: .uniform(count: count), visible: visible)
  }

  /// Selects `index` among `count` one-row items shown in `visible` rows.
  public mutating func select(_ index: Int, count: Int, visible: Int) {
    select(index, in: .uniform(count: count), visible: visible)
  }

  /// The state with its selection revealed in `visible` rows.
  public func revealed(in rows: ListRows, visible: Int) -> ListState {
    var state = self
    state.reveal(in: rows, visible: visible)
    return state
  }
}

/// Where a list's items sit among its rows: each item takes one or more rows, and rows between items (headings,
/// gaps) belong to none.
public struct ListRows: Sendable, Hashable {
  private enum Storage: Sendable, Hashable {
    case uniform(count: Int, height: Int)
    case ranges([Range<Int>], rows: Int)
  }

  private let storage: Storage

  /// `count` items of `height` rows each, one after another.
  public static func uniform(count: Int, height: Int = 1) -> ListRows {
    ListRows(storage: .uniform(count: max(0, count), height: max(1, height)))
  }

  /// Items at the given row ranges (ascending) among `rows` rows.
  public init(items: [Range<Int>], rows: Int) {
    storage = .ranges(items, rows: rows)
  }

  private init(storage: Storage) {
    self.storage = storage
  }

  /// How many items there are.
  public var itemCount: Int {
    switch storage {
    case .uniform(let count, _): count
    case .ranges(let items, _): items.count
    }
  }

  /// How many rows the list takes.
  public var count: Int {
    switch storage {
    case .uniform(let count, let height): count * height
    case .ranges(_, let rows): rows
    }
  }

  /// The rows of item `index`, nil when out of range.
  public func rows(ofItem index: Int) -> Range<Int>? {
    guard index >= 0, index < itemCount else { return nil }
    switch storage {
    case .uniform(_, let height): return (index * height)..<((index + 1) * height)
    case .ranges(let items, _): return items[index]
    }
  }

  /// The item on row `row`, if any.
  public func item(atRow row: Int) -> Int? {
    guard row >= 0, row < count else { return nil }
    switch storage {
    case .uniform(_, let height): return row / height
    case .ranges(let items, _): return items.firstIndex { $0.contains(row) }
    }
  }

  /// Rows per page of items: the visible rows over the average item height.
  public func page(visible: Int) -> Int {
    max(1, visible / max(1, count / max(1, itemCount)))
  }
}
