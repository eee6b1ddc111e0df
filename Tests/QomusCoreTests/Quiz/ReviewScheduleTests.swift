import Foundation
import Testing

@testable import QomusCore

/// The FSRS schedule in whole days, on its own and as stored. Expected values: see ``FSRSTests``.
@Suite("Review schedule")
struct ReviewScheduleTests {
  static let utc: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()
  let schedule = ReviewSchedule(calendar: Self.utc)
  /// 2025-03-01 09:00 UTC.
  let start = Date(timeIntervalSince1970: 1_740_819_600)

  func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

  func at(days: Double) -> Date { start.addingTimeInterval(days * 86_400) }

  /// First reviews are scheduled by their initial stability at 0.9, rounded, at least a day: Again 0.212 → 1,
  /// Hard 1.2931 → 1, Good 2.3065 → 2, Easy 8.2956 → 8.
  @Test func aFirstAnswerIsScheduledByItsInitialStability() {
    let days = ReviewRating.allCases.map { rating in
      schedule.next(after: nil, questionID: "q", cardIDs: [], rating: rating, at: start).due.days(
        since: day("2025-03-01"))
    }
    #expect(days == [1, 1, 2, 8])
    let first = schedule.next(after: nil, questionID: "q", cardIDs: ["act-a"], correct: true, at: start)
    #expect(first.due == day("2025-03-03"))
    #expect(first.lastRating == .good && first.reviews == 1 && first.lapses == 0)
    #expect(!first.isDue(at: at(days: 1), calendar: Self.utc))
    #expect(first.isDue(at: at(days: 1.7), calendar: Self.utc), "due on the day, from midnight")
  }

  /// At 0.8, Good's 2.3065 gives 7.648 → 8 days; at 0.7, 21.42 → 21; at 0.97, 0.514 → at least 1.
  @Test func theDesiredRetentionSetsTheInterval() throws {
    func firstInterval(_ retention: Double) throws -> Int {
      let schedule = ReviewSchedule(retention: try DesiredRetention(retention), calendar: Self.utc)
      return schedule.next(after: nil, questionID: "q", cardIDs: [], rating: .good, at: start).due.days(
        since: day("2025-03-01"))
    }
    #expect(try firstInterval(0.8) == 8)
    #expect(try firstInterval(0.7) == 21)
    #expect(try firstInterval(0.97) == 1)
    #expect(throws: DesiredRetentionError.outOfRange(0.5)) { try DesiredRetention(0.5) }
    #expect(throws: DesiredRetentionError.outOfRange(0.98)) { try DesiredRetention(0.98) }
    #expect(throws: DesiredRetentionError.self) { try DesiredRetention(.nan) }
    #expect(try DesiredRetention(0.70).value == 0.70 && DesiredRetention(0.97).value == 0.97)
  }

  /// Good, Good two days later (S 10.964 → 11 days), then Again on the day it is due (S 1.538 → 2 days).
  @Test func rightThenWrongFollowsTheFormulasInWholeDays() {
    let first = schedule.next(after: nil, questionID: "q", cardIDs: [], correct: true, at: start)
    let second = schedule.next(after: first, questionID: "q", cardIDs: [], correct: true, at: at(days: 2))
    #expect(abs(second.memory.stability - 10.964332335820703) < 1e-9)
    #expect(second.due == day("2025-03-14"))
    #expect(abs(schedule.retrievability(of: second, at: at(days: 13)) - 0.8997767176252719) < 1e-9)
    let third = schedule.next(after: second, questionID: "q", cardIDs: [], correct: false, at: at(days: 13))
    #expect(abs(third.memory.stability - 1.5383372358832696) < 1e-9)
    #expect(abs(third.memory.difficulty - 7.392238132342694) < 1e-9)
    #expect(third.due == day("2025-03-16"))
    #expect(third.lapses == 1 && third.correctCount == 2 && third.wrongCount == 1 && !third.lastCorrect)
    let wrongFirst = schedule.next(after: nil, questionID: "q", cardIDs: [], correct: false, at: start)
    #expect(wrongFirst.lapses == 0, "a first wrong answer is not a lapse")
  }

  /// Days are calendar days: answered at 23:30, the next morning is one day later.
  @Test func elapsedDaysCountCalendarDays() {
    let evening = Date(timeIntervalSince1970: 1_740_871_800)  // 2025-03-01 23:30 UTC
    let state = schedule.next(after: nil, questionID: "q", cardIDs: [], rating: .good, at: evening)
    #expect(schedule.elapsedDays(since: state, at: evening.addingTimeInterval(9 * 3600)) == 1)
    #expect(schedule.elapsedDays(since: state, at: evening.addingTimeInterval(-3600)) == 0)
  }

  @Test func answersAreStoredAndScheduled() throws {
    let scratch = try UserDataTestSupport.Directory()
    let clock = UserDataTestSupport.Clock()
    let question = try #require(
      QuizGenerator(corpus: QuizCorpusFixture.corpus).questions(count: 1, seed: 1).first)
    do {
      let store = try UserStore.open(directory: scratch.url, now: clock.now)
      let first = try store.recordAnswer(to: question, correct: true, schedule: schedule)
      #expect(first.memory.stability == 2.3065)
      #expect(first.due == day("2025-03-03"))
      clock.advance(days: 2)
      try store.recordAnswer(to: question, correct: true, schedule: schedule)
      clock.advance(days: 11)
      try store.recordAnswer(to: question, correct: false, schedule: schedule)
    }
    let store = try UserStore.open(directory: scratch.url, now: clock.now)
    let state = try #require(try store.reviewStates().first)
    #expect(state.questionID == question.id)
    #expect(state.cardIDs == question.cardIDs)
    #expect(abs(state.memory.stability - 1.5383372358832696) < 1e-9)
    #expect(abs(state.memory.difficulty - 7.392238132342694) < 1e-9)
    #expect(state.due == day("2025-03-16"))
    #expect(state.lastAnswered == clock.current)
    #expect(state.correctCount == 2 && state.wrongCount == 1 && state.lapses == 1 && state.reviews == 3)
    try store.resetReviews()
    #expect(try store.reviewStates().isEmpty)
  }

  @Test func theSummaryListsMissedCardsFirstThenDueOnesAndCountsTheRest() {
    let now = start
    func state(_ id: String, _ card: String, stability: Double, due days: Int, correct: Bool)
      -> ReviewState
    {
      ReviewState(
        questionID: id, cardIDs: [card, "other"], memory: MemoryState(stability: stability, difficulty: 5),
        due: day("2025-03-01").adding(days: days), lastAnswered: now, lastRating: ReviewRating(correct: correct),
        correctCount: correct ? 1 : 0, wrongCount: correct ? 0 : 1, lapses: 0)
    }
    let states = [
      state("year:act-a", "act-a", stability: 4, due: -1, correct: true),
      state("summary:act-a", "act-a", stability: 2, due: -2, correct: true),
      state("year:act-b", "act-b", stability: 0.2, due: 1, correct: false),
      state("year:act-c", "act-c", stability: 9, due: 8, correct: true),
      state("year:gone", "gone", stability: 30, due: 0, correct: true),
    ]
    let summary = ReviewSummary(
      states: states, corpus: QuizCorpusFixture.corpus, at: now, calendar: Self.utc)
    #expect(summary.revisit.map(\.cardID) == ["act-b", "act-a", "gone"])
    let actA = summary.revisit[1]
    #expect(actA.questionIDs.sorted() == ["summary:act-a", "year:act-a"])
    #expect(actA.stability == 2 && actA.due == day("2025-02-27") && actA.daysUntilDue == -2)
    #expect(summary.revisit[0].daysUntilDue == 1)
    #expect(actA.title == QuizCorpusFixture.corpus["act-a"]?.title)
    #expect(summary.revisit[2].title.en == "gone", "a card no longer in the content shows its id")
    #expect(summary.revisit[0].missedLastTime)
    #expect(summary.dueCount == 3, "due today counts")
    #expect(summary.scheduledCount == 2)
    #expect(summary.nextDue == day("2025-03-02"))
  }
}
