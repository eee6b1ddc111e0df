/// The policymaker's comparison: topics (rows) × jurisdictions (columns), each cell naming the act or practice and
/// its status in one line. Read from `content/matrix.yaml`; a view lays it out as it stands.
public struct ComparisonMatrix: Sendable, Hashable {
  public var title: LocalizedText
  /// The columns, in display order.
  public var columns: [Jurisdiction]
  /// The rows, in display order.
  public var rows: [MatrixRow]
  /// The file the matrix was read from (empty for one built in code).
  public var file: String

  public init(title: LocalizedText, columns: [Jurisdiction], rows: [MatrixRow], file: String = "") {
    self.title = title
    self.columns = columns
    self.rows = rows
    self.file = file
  }

  /// The cell at `row` × `column` (indices into `rows` and `columns`), nil for an empty or out-of-range cell.
  public func cell(row: Int, column: Int) -> MatrixCell? {
    guard rows.indices.contains(row), columns.indices.contains(column) else { return nil }
    return rows[row].cells[columns[column]]
  }

  /// Every card a cell opens, in row then column order, without repeats.
  public var cardIDs: [String] {
    var seen: Set<String> = []
    return rows.flatMap { row in columns.compactMap { row.cells[$0]?.card } }.filter {
      seen.insert($0).inserted
    }
  }

  /// The matrix without the cells whose card is missing from `corpus` (cells with no card stay).
  public func keepingCards(in corpus: Corpus) -> ComparisonMatrix {
    var copy = self
    for index in copy.rows.indices {
      copy.rows[index].cells = copy.rows[index].cells.filter { _, cell in
        cell.card.map { corpus[$0] != nil } ?? true
      }
    }
    return copy
  }
}

/// One topic of the matrix.
public struct MatrixRow: Sendable, Hashable, Identifiable {
  public var id: String
  public var title: LocalizedText
  /// The card topic the row corresponds to, when there is one.
  public var topic: Topic?
  public var cells: [Jurisdiction: MatrixCell]
  /// The 1-based line of the row in its file.
  public var line: Int

  public init(
    id: String, title: LocalizedText, topic: Topic? = nil, cells: [Jurisdiction: MatrixCell],
    line: Int = 0
  ) {
    self.id = id
    self.title = title
    self.topic = topic
    self.cells = cells
    self.line = line
  }
}

/// One cell: the act or practice, its status in one line, and the card that holds the facts.
public struct MatrixCell: Sendable, Hashable {
  /// The card Enter opens; nil for a cell that names a practice with no card of its own.
  public var card: String?
  public var label: LocalizedText
  public var status: LocalizedText
  /// The 1-based line of the cell in its file.
  public var line: Int

  public init(card: String?, label: LocalizedText, status: LocalizedText, line: Int = 0) {
    self.card = card
    self.label = label
    self.status = status
    self.line = line
  }
}
