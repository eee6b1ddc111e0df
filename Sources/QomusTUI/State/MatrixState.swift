/// The cursor in the comparison matrix and what part of it is scrolled into view.
public struct MatrixState: Sendable, Hashable {
  public var row = 0
  public var column = 0
  /// The first row and column on screen.
  public var rowOffset = 0
  public var columnOffset = 0

  public init(row: Int = 0, column: Int = 0) {
    self.row = row
    self.column = column
  }
}
