/// A rectangle of cells. Layout is arithmetic on rects; a widget draws only inside the rect it is given.
public struct Rect: Sendable, Hashable {
  /// The left column.
  public var x: Int
  /// The top row.
  public var y: Int
  /// Columns (never negative).
  public var width: Int
  /// Rows (never negative).
  public var height: Int

  /// A rect; negative sizes become 0.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The rect of a whole screen of `size`.
  public init(_ size: Size) {
    self.init(x: 0, y: 0, width: size.width, height: size.height)
  }

  /// The empty rect at the origin.
  public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

  /// True when it covers no cell.
  public var isEmpty: Bool { width == 0 || height == 0 }
  /// The column after the right edge.
  public var maxX: Int { x + width }
  /// The row after the bottom edge.
  public var maxY: Int { y + height }

  /// Whether the cell at (`px`, `py`) lies inside.
  public func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < maxX && py >= y && py < maxY
  }

  /// The rect shrunk by `dx` columns on each side and `dy` rows at top and bottom.
  public func inset(dx: Int, dy: Int) -> Rect {
    Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
  }

  /// The cells both rects cover.
  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    let right = min(maxX, other.maxX)
    let bottom = min(maxY, other.maxY)
    return Rect(x: left, y: top, width: right - left, height: bottom - top)
  }

  /// The single row `index` of the rect (empty when out of range).
  public func row(_ index: Int) -> Rect {
    guard index >= 0, index < height else { return Rect(x: x, y: y + index, width: 0, height: 0) }
    return Rect(x: x, y: y + index, width: width, height: 1)
  }

  /// The first `count` columns, and the rest.
  public func splitColumns(_ count: Int) -> (Rect, Rect) {
    let left = min(max(0, count), width)
    return (
      Rect(x: x, y: y, width: left, height: height),
      Rect(x: x + left, y: y, width: width - left, height: height)
    )
  }

  /// The first `count` rows, and the rest.
  public func splitRows(_ count: Int) -> (Rect, Rect) {
    let top = min(max(0, count), height)
    return (
      Rect(x: x, y: y, width: width, height: top),
      Rect(x: x, y: y + top, width: width, height: height - top)
    )
  }

  /// The last `count` rows, and the rest above them.
  public func splitBottom(_ count: Int) -> (rest: Rect, bottom: Rect) {
    let (rest, bottom) = splitRows(height - count)
    return (rest, bottom)
  }

  /// A rect of at most `size` centred in this one.
  public func centered(width w: Int, height h: Int) -> Rect {
    let cw = min(w, width)
    let ch = min(h, height)
    return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
  }
}
