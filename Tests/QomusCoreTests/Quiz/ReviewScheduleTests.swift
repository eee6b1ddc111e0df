import Foundation
import Testing

@testable import QomusCore

/// The Leitner rule, on its own and as stored.
@Suite("Review schedule")
struct ReviewScheduleTests {
  let schedule = LeitnerSchedule.standard
  let start = Date(timeIntervalSince1970: 1_740_819_600)

  func days(_ state: ReviewState) -> Double {
    state.due.timeIntervalSince(state.lastAnswered) / 86_400
  }

  @Test func rightAnswersClimbTheBoxesWithDoublingIntervals() {
    var state: ReviewState?
    var boxes: [Int] = []
    var intervals: [Double] = []
    for step in 0..<6 {
      let next = schedule.next(
        after: state, questionID: "q", cardIDs: ["act-a"], correct: true,
        at: start.addingTimeInterval(Double(step) * 86_400 * 20))
      boxes.append(next.box)
      intervals.append(days(next))
      state = next
    }
    #expect(boxes == [2, 3, 4, 5, 5, 5])
    #expect(intervals == [2, 4, 8, 16, 16, 16])
    #expect(state?.correctCount == 6)
  }

  @Test func aWrongAnswerGoesBackToBoxOneForADay() {
    let high = ReviewState(
      questionID: "q", cardIDs: ["act-a"], box: 4, due: start, lastAnswered: start,
      lastCorrect: true,
      correctCount: 3, wrongCount: 0)
    let next = schedule.next(
      after: high, questionID: "q", cardIDs: ["act-a"], correct: false, at: start)
    #expect(next.box == 1)
    #expect(days(next) == 1)
    #expect(!next.lastCorrect)
    #expect(next.correctCount == 3 && next.wrongCount == 1)
    let first = schedule.next(after: nil, questionID: "q", cardIDs: [], correct: false, at: start)
    #expect(first.box == 1 && days(first) == 1)
  }

  @Test func answersAreStoredAndScheduled() throws {
    let scratch = try UserDataTestSupport.Directory()
    let clock = UserDataTestSupport.Clock()
    let question = try #require(
      QuizGenerator(corpus: QuizCorpusFixture.corpus).questions(count: 1, seed: 1).first)
    do {
      let store = try UserStore.open(directory: scratch.url, now: clock.now)
      let first = try store.recordAnswer(to: question, correct: true)
      #expect(first.box == 2)
      #expect(first.due == clock.current.addingTimeInterval(2 * 86_400))
      #expect(!first.isDue(at: clock.current))
      clock.advance(days: 2)
      #expect(first.isDue(at: clock.current))
      try store.recordAnswer(to: question, correct: true)
      clock.advance(days: 4)
      try store.recordAnswer(to: question, correct: false)
    }
    let store = try UserStore.open(directory: scratch.url, now: clock.now)
    let state = try #require(try store.reviewStates().first)
    #expect(state.questionID == question.id)
    #expect(state.cardIDs == question.cardIDs)
    #expect(state.box == 1)
    #expect(state.due == clock.current.addingTimeInterval(86_400))
    #expect(state.correctCount == 2 && state.wrongCount == 1)
    try store.resetReviews()
    #expect(try store.reviewStates().isEmpty)
  }

  @Test func theSummaryListsMissedCardsFirstThenDueOnesAndCountsTheRest() {
    let now = start
    func state(_ id: String, _ card: String, box: Int, due days: Double, correct: Bool)
      -> ReviewState
    {
      ReviewState(
        questionID: id, cardIDs: [card, "other"], box: box,
        due: now.addingTimeInterval(days * 86_400),
        lastAnswered: now, lastCorrect: correct, correctCount: 0, wrongCount: correct ? 0 : 1)
    }
    let states = [
      state("year:act-a", "act-a", box: 3, due: -1, correct: true),
      state("summary:act-a", "act-a", box: 2, due: -2, correct: true),
      state("year:act-b", "act-b", box: 1, due: 1, correct: false),
      state("year:act-c", "act-c", box: 4, due: 8, correct: true),
      state("year:gone", "gone", box: 5, due: -1, correct: true),
    ]
    let summary = ReviewSummary(states: states, corpus: QuizCorpusFixture.corpus, at: now)
    #expect(summary.revisit.map(\.cardID) == ["act-b", "act-a", "gone"])
    let actA = summary.revisit[1]
    #expect(actA.questionIDs.sorted() == ["summary:act-a", "year:act-a"])
    #expect(actA.box == 2)
    #expect(actA.title == QuizCorpusFixture.corpus["act-a"]?.title)
    #expect(summary.revisit[2].title.en == "gone", "a card no longer in the content shows its id")
    #expect(summary.revisit[0].missedLastTime)
    #expect(summary.dueCount == 3)
    #expect(summary.scheduledCount == 2)
    #expect(summary.nextDue == now.addingTimeInterval(86_400))
    #expect(summary.boxCounts == [1, 1, 1, 1, 1])
  }
}
