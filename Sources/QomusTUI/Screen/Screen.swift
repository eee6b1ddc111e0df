import QomusCore

/// A grid of cells: what a frame of the explorer looks like, independent of any terminal. Views draw into it;
/// a backend paints it. Every write is clipped to the screen and to an optional rect, and goes through
/// `TextLayout`, so widths are right for every script and no control character gets through.
public struct Screen: Sendable, Hashable {
  /// The grid size.
  public let size: Size
  /// The cells, row by row.
  public private(set) var cells: [Cell]
  /// The characters lines and the focus are drawn with.
  public let glyphs: Glyphs
  /// Where the focused widget put the focus (a list row, a link, a cell, a text field's caret): the backend
  /// leaves the hardware cursor there, for screen readers and braille displays; nil when nothing has the focus.
  public private(set) var cursor: Point?

  /// A blank screen of `size` filled in `role`, drawn with `glyphs`.
  public init(size: Size, role: StyleRole = .normal, glyphs: Glyphs = .unicode) {
    self.size = size
    self.glyphs = glyphs
    cells = Array(repeating: Cell(role: role), count: size.width * size.height)
  }

  /// Puts the focus at column `x`, row `y` (a blank column the widget keeps before the focused item): the
  /// cursor goes there and, when `marked` and the glyphs have a focus marker, the marker is drawn in the cell's
  /// role. Outside the screen it is ignored.
  public mutating func focus(x: Int, y: Int, marked: Bool = true) {
    guard bounds.contains(x: x, y: y) else { return }
    cursor = Point(x: x, y: y)
    if marked, let marker = glyphs.focusMarker {
      set(x: x, y: y, Cell(marker, role: self[x, y].role))
    }
  }

  /// The rows that differ from `other` (all of them when the sizes differ): what a backend must repaint.
  public func changedRows(since other: Screen?) -> [Int] {
    guard let other, other.size == size else { return Array(0..<size.height) }
    return (0..<size.height).filter { y in
      let range = (y * size.width)..<((y + 1) * size.width)
      return cells[range] != other.cells[range]
    }
  }

  /// The whole screen as a rect.
  public var bounds: Rect { Rect(size) }

  /// The cell at column `x`, row `y`.
  public subscript(x: Int, y: Int) -> Cell {
    cells[y * size.width + x]
  }

  /// Fills `rect` with `character` in `role`.
  public mutating func fill(_ rect: Rect, role: StyleRole, character: Character = " ") {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    for y in area.y..<area.maxY {
      clearHalves(x: area.x, y: y)
      clearHalves(x: area.maxX - 1, y: y)
      let start = y * size.width
      let drawn = glyphs.draw(character)
      for x in area.x..<area.maxX { cells[start + x] = Cell(drawn, role: role) }
    }
  }

  /// Changes the role of every cell in `rect` through `transform`, keeping the characters.
  public mutating func restyle(_ rect: Rect, _ transform: (StyleRole) -> StyleRole) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    for y in area.y..<area.maxY {
      let start = y * size.width
      for x in area.x..<area.maxX { cells[start + x].role = transform(cells[start + x].role) }
    }
  }

  /// Writes `text` on row `y` from column `x` in `role`, clipped to `clip` (default: the whole screen).
  /// - Returns: the column after the last cell written.
  @discardableResult
  public mutating func write(_ text: String, x: Int, y: Int, role: StyleRole, clip: Rect? = nil)
    -> Int
  {
    let area = (clip ?? bounds).intersection(bounds)
    guard y >= area.y, y < area.maxY else { return x }
    var column = x
    for character in TextLayout.clean(text) {
      if column >= area.maxX { break }
      let columns = TextLayout.width(of: character)
      if columns == 0 { continue }
      if column < area.x {
        column += columns
        continue
      }
      if column + columns > area.maxX {
        set(x: column, y: y, Cell(" ", role: role))
        column += 1
        break
      }
      set(x: column, y: y, Cell(character, role: role))
      if columns == 2 { set(x: column + 1, y: y, Cell(" ", role: role, isContinuation: true)) }
      column += columns
    }
    return column
  }

  /// Writes styled spans one after another on row `y`.
  @discardableResult
  public mutating func write(
    _ spans: [Span], x: Int, y: Int, clip: Rect? = nil, roleFor: (Span) -> StyleRole = \.role
  )
    -> Int
  {
    var column = x
    for span in spans {
      column = write(span.text, x: column, y: y, role: roleFor(span), clip: clip)
    }
    return column
  }

  private mutating func set(x: Int, y: Int, _ cell: Cell) {
    if !cell.isContinuation { clearHalves(x: x, y: y) }
    var cell = cell
    cell.character = glyphs.draw(cell.character)
    cells[y * size.width + x] = cell
  }

  /// Blanks the other half of a wide character about to be partly overwritten at (x, y).
  private mutating func clearHalves(x: Int, y: Int) {
    guard x >= 0, x < size.width else { return }
    let index = y * size.width + x
    if cells[index].isContinuation, x > 0 {
      cells[index - 1] = Cell(" ", role: cells[index - 1].role)
      cells[index].isContinuation = false
    }
    if x + 1 < size.width, cells[index + 1].isContinuation {
      cells[index + 1] = Cell(" ", role: cells[index + 1].role)
    }
  }
}
