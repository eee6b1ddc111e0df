extension AppState {
  /// Moving cell by cell in the matrix; Enter opens the cell's card.
  mutating func matrixCommand(_ command: Command, _ matrix: MatrixState) {
    var matrix = matrix
    let rows = catalog.matrix?.rows.count ?? 0
    switch command {
    case .moveUp: matrix.row -= 1
    case .moveDown: matrix.row += 1
    case .moveLeft: matrix.column -= 1
    case .moveRight: matrix.column += 1
    case .top: matrix.row = 0
    case .bottom: matrix.row = rows - 1
    case .open:
      guard let cell = catalog.matrix?.cell(row: matrix.row, column: matrix.column) else {
        message = Strings.emptyCell
        return
      }
      guard let id = cell.card else {
        message = Strings.cellWithoutCard
        return
      }
      openFromView(id)
      return
    case .cancel:
      popMode()
      return
    default: return
    }
    if let table = catalog.matrix { matrix.reveal(in: table, body: layout.body) }
    mode = .matrix(matrix)
  }
}
