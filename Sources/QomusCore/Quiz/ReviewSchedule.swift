import Foundation

/// The spaced-repetition rule: FSRS-6 with its default parameters and a desired retention (0.9 unless chosen).
///
/// There are no same-day learning steps: every answer schedules the question by its new stability, after the whole
/// number of days at which the predicted recall falls to the desired retention (rounded, at least 1, at most 100
/// years). Days are calendar days in `calendar`'s time zone: a question answered yesterday evening has one day
/// elapsed this morning, and `due` is a day, not a time. (py-fsrs counts 24-hour periods instead; Anki, like Qomus,
/// counts days.)
public struct ReviewSchedule: Sendable, Hashable {
  public var model: FSRS
  public var retention: DesiredRetention
  public var calendar: Calendar

  /// The longest interval, as in py-fsrs (`maximum_interval`).
  public static let maximumIntervalDays = 36_500

  public init(model: FSRS = FSRS(), retention: DesiredRetention = .standard, calendar: Calendar = .current) {
    self.model = model
    self.retention = retention
    self.calendar = calendar
  }

  /// FSRS-6 defaults, retention 0.9, the user's calendar.
  public static var standard: ReviewSchedule { ReviewSchedule() }

  /// Whole days until a memory of `stability` falls to the desired retention: rounded, 1 … 36 500.
  public func intervalDays(stability: Double) -> Int {
    let days = model.interval(stability: stability, retention: retention.value).rounded()
    return Int(min(max(days, 1), Double(Self.maximumIntervalDays)))
  }

  /// Whole calendar days from the last answer of `state` to `date` (0 when the clock went back).
  public func elapsedDays(since state: ReviewState, at date: Date) -> Int {
    max(0, CalendarDay(date, in: calendar).days(since: CalendarDay(state.lastAnswered, in: calendar)))
  }

  /// The predicted probability that `state`'s question is recalled at `date`.
  public func retrievability(of state: ReviewState, at date: Date) -> Double {
    model.retrievability(
      elapsedDays: Double(elapsedDays(since: state, at: date)), stability: state.memory.stability)
  }

  /// The state after answering `questionID` at `date` with `rating`, given its state before (nil when it was never
  /// asked).
  public func next(
    after previous: ReviewState?, questionID: String, cardIDs: [String], rating: ReviewRating, at date: Date
  ) -> ReviewState {
    let elapsed = previous.map { elapsedDays(since: $0, at: date) } ?? 0
    let memory = model.next(previous?.memory, elapsedDays: elapsed, rating: rating)
    let correct = rating.isRecall
    return ReviewState(
      questionID: questionID, cardIDs: cardIDs, memory: memory,
      due: CalendarDay(date, in: calendar).adding(days: intervalDays(stability: memory.stability)),
      lastAnswered: date, lastRating: rating,
      correctCount: (previous?.correctCount ?? 0) + (correct ? 1 : 0),
      wrongCount: (previous?.wrongCount ?? 0) + (correct ? 0 : 1),
      lapses: (previous?.lapses ?? 0) + (previous != nil && !correct ? 1 : 0))
  }

  /// ``next(after:questionID:cardIDs:rating:at:)`` rating a right answer Good and a wrong one Again.
  public func next(
    after previous: ReviewState?, questionID: String, cardIDs: [String], correct: Bool, at date: Date
  ) -> ReviewState {
    next(
      after: previous, questionID: questionID, cardIDs: cardIDs, rating: ReviewRating(correct: correct), at: date)
  }
}
