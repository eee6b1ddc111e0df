/// A cell's position: column `x`, row `y`.
public struct Point: Sendable, Hashable {
  public var x: Int
  public var y: Int

  /// The cell at column `x`, row `y`.
  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}
