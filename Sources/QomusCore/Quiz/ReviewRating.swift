/// How well a question was recalled, FSRS's four grades. The quiz rates a right answer ``good`` and a wrong one
/// ``again``.
public enum ReviewRating: Int, Sendable, Hashable, CaseIterable, Codable {
  /// Forgotten: the answer was wrong.
  case again = 1
  /// Recalled with difficulty.
  case hard = 2
  /// Recalled.
  case good = 3
  /// Recalled easily.
  case easy = 4

  /// ``good`` for a right answer, ``again`` for a wrong one.
  public init(correct: Bool) {
    self = correct ? .good : .again
  }

  /// True for every grade but ``again``.
  public var isRecall: Bool { self != .again }
}
