import Foundation

/// Where a question stands in the review schedule.
public struct ReviewState: Sendable, Hashable {
  public var questionID: String
  /// The cards to reread when the question is missed (``QuizQuestion/cardIDs``).
  public var cardIDs: [String]
  /// The Leitner box, 1 (missed, ask again soon) to 5 (well known).
  public var box: Int
  /// When the question should be asked again.
  public var due: Date
  public var lastAnswered: Date
  public var lastCorrect: Bool
  public var correctCount: Int
  public var wrongCount: Int

  public init(
    questionID: String, cardIDs: [String], box: Int, due: Date, lastAnswered: Date,
    lastCorrect: Bool,
    correctCount: Int, wrongCount: Int
  ) {
    self.questionID = questionID
    self.cardIDs = cardIDs
    self.box = box
    self.due = due
    self.lastAnswered = lastAnswered
    self.lastCorrect = lastCorrect
    self.correctCount = correctCount
    self.wrongCount = wrongCount
  }

  /// True when the question should be asked again at `date`.
  public func isDue(at date: Date) -> Bool { due <= date }
}
