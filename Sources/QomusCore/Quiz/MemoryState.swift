/// What FSRS knows about the memory of one question.
public struct MemoryState: Sendable, Hashable {
  /// Days until the probability of recall falls to 90%.
  public var stability: Double
  /// How hard the question is to remember, from 1 (easy) to 10 (hard).
  public var difficulty: Double

  public init(stability: Double, difficulty: Double) {
    self.stability = stability
    self.difficulty = difficulty
  }
}
