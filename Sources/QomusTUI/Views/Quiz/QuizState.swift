import Foundation
import QomusCore

/// A quiz in the explorer: planned by an effect, answered here, each answer saved by an effect.
public struct QuizState: Sendable, Hashable {
  /// Nil until the questions arrive.
  public var session: QuizSession?
  /// When the quiz was planned: the clock for its schedule and summary.
  public var date: Date
  /// The review schedule, updated with every answer of this quiz.
  public var reviews: [ReviewState]
  /// The answer just given, shown with the right one until the reader moves on.
  public var feedback: QuizAnswer?
  /// The selection in the summary's list of cards to revisit.
  public var list = ListState()

  /// A quiz waiting for its questions, planned at `date` over `reviews`.
  public init(
    session: QuizSession? = nil, date: Date = Date(timeIntervalSince1970: 0),
    reviews: [ReviewState] = []
  ) {
    self.session = session
    self.date = date
    self.reviews = reviews
  }

  /// True until the questions arrive.
  public var isLoading: Bool { session == nil }
  /// True once the questions are done (or stopped) and the last feedback was seen.
  public var showsSummary: Bool { session?.isFinished == true && feedback == nil }
}
