import QomusCore

/// How the comparison matrix fits a screen: the topic column, as many country columns as are readable (the rest
/// scroll sideways), and as many rows as fit (the rest scroll).
struct MatrixGeometry: Hashable {
  /// The narrowest a country column gets before columns scroll instead.
  static let minimumColumnWidth = 22

  let frame: ViewFrame
  /// The topic column's width.
  let topicWidth: Int
  let columnWidth: Int
  let visibleColumns: Int
  /// Lines per matrix row, the rule under it included.
  let rowHeight: Int
  let visibleRows: Int
  /// The column headings and the rule under them.
  let headerRows = 2

  /// The geometry of `matrix` drawn in `body`, the view's rectangle.
  init(body: Rect, matrix: ComparisonMatrix) {
    frame = ViewFrame(body: body, detailRows: 3, minimumContent: 10)
    let content = frame.content
    topicWidth = min(26, max(18, content.width / 5))
    let available = max(1, content.width - topicWidth)
    visibleColumns = max(1, min(matrix.columns.count, available / Self.minimumColumnWidth))
    columnWidth = max(1, available / visibleColumns)
    rowHeight = content.height - headerRows >= 4 * min(4, matrix.rows.count) ? 4 : 3
    visibleRows = max(1, (content.height - headerRows) / rowHeight)
  }

  /// The rect of the cell at screen column `column` and row `row` (0-based from the offsets), rule excluded.
  func cell(column: Int, row: Int) -> Rect {
    let content = frame.content
    return Rect(
      x: content.x + topicWidth + column * columnWidth,
      y: content.y + headerRows + row * rowHeight, width: columnWidth, height: rowHeight - 1)
  }
}

extension MatrixState {
  /// Keeps the cursor inside `matrix` and scrolled into view when the matrix is drawn in `body`.
  mutating func reveal(in matrix: ComparisonMatrix, body: Rect) {
    let geometry = MatrixGeometry(body: body, matrix: matrix)
    row = max(0, min(row, matrix.rows.count - 1))
    column = max(0, min(column, matrix.columns.count - 1))
    rowOffset = Scroll.reveal(
      row..<(row + 1), offset: rowOffset, visible: geometry.visibleRows, total: matrix.rows.count)
    columnOffset = Scroll.reveal(
      column..<(column + 1), offset: columnOffset, visible: geometry.visibleColumns,
      total: matrix.columns.count)
  }
}

extension ComparisonMatrix {
  /// The first cell that opens `cardID`, row by row.
  func position(of cardID: String) -> (row: Int, column: Int)? {
    for (rowIndex, row) in rows.enumerated() {
      for (columnIndex, column) in columns.enumerated() where row.cells[column]?.card == cardID {
        return (rowIndex, columnIndex)
      }
    }
    return nil
  }
}
