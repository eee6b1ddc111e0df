/// The cursor in the comparison matrix and what part of it is scrolled into view.
public struct MatrixState: Sendable, Hashable {
  /// The topic row of the cursor.
  public var row = 0
  /// The country column of the cursor.
  public var column = 0
  /// The first row and column on screen.
  public var rowOffset = 0
  /// The first country column on screen.
  public var columnOffset = 0

  /// The cursor at `row`, `column`.
  public init(row: Int = 0, column: Int = 0) {
    self.row = row
    self.column = column
  }
}
