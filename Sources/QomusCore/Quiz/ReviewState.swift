import Foundation

/// Where a question stands in the review schedule: its FSRS memory state and when it is due.
public struct ReviewState: Sendable, Hashable {
  public var questionID: String
  /// The cards to reread when the question is missed (``QuizQuestion/cardIDs``).
  public var cardIDs: [String]
  /// Stability (days) and difficulty (1–10) after the last answer.
  public var memory: MemoryState
  /// The day the question should be asked again.
  public var due: CalendarDay
  public var lastAnswered: Date
  public var lastRating: ReviewRating
  public var correctCount: Int
  public var wrongCount: Int
  /// Wrong answers to a question that had been answered before (the first answer is never a lapse).
  public var lapses: Int

  public init(
    questionID: String, cardIDs: [String], memory: MemoryState, due: CalendarDay, lastAnswered: Date,
    lastRating: ReviewRating, correctCount: Int, wrongCount: Int, lapses: Int
  ) {
    self.questionID = questionID
    self.cardIDs = cardIDs
    self.memory = memory
    self.due = due
    self.lastAnswered = lastAnswered
    self.lastRating = lastRating
    self.correctCount = correctCount
    self.wrongCount = wrongCount
    self.lapses = lapses
  }

  /// How many times the question was answered.
  public var reviews: Int { correctCount + wrongCount }
  /// True when the last answer was right.
  public var lastCorrect: Bool { lastRating.isRecall }

  /// True when the question should be asked again on the day `date` falls on in `calendar`.
  public func isDue(at date: Date, calendar: Calendar = .current) -> Bool {
    due <= CalendarDay(date, in: calendar)
  }
}
