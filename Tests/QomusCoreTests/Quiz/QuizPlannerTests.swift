import Foundation
import Testing

@testable import QomusCore

@Suite("Quiz planner")
struct QuizPlannerTests {
  let now = Date(timeIntervalSince1970: 1_740_819_600)
  let questions = QuizGenerator(corpus: QuizCorpusFixture.corpus).questions(seed: 4)

  func state(_ id: String, dueIn days: Double, correct: Bool = true) -> ReviewState {
    ReviewState(
      questionID: id, cardIDs: [], memory: MemoryState(stability: 2, difficulty: 5),
      due: CalendarDay(now, in: .current).adding(days: Int(days)), lastAnswered: now,
      lastRating: ReviewRating(correct: correct), correctCount: 1, wrongCount: 0, lapses: 0)
  }

  @Test func dueQuestionsComeFirstThenNewOnesThenTheRest() throws {
    let a = questions[3].id
    let b = questions[7].id
    let later = questions[0].id
    let reviews = [state(a, dueIn: -1), state(b, dueIn: -3), state(later, dueIn: 5)]
    let plan = QuizPlanner.plan(questions, reviews: reviews, at: now, count: questions.count)
    #expect(plan.count == questions.count)
    #expect(plan.prefix(2).map(\.id) == [b, a], "longest overdue first")
    #expect(plan.last?.id == later)
    let newOnes = questions.map(\.id).filter { ![a, b, later].contains($0) }
    #expect(
      plan.dropFirst(2).dropLast().map(\.id) == newOnes, "new questions keep the seeded order")
  }

  @Test func theCountIsRespected() {
    #expect(
      QuizPlanner.plan(questions, reviews: [], at: now, count: 3).map(\.id)
        == questions.prefix(3).map(\.id))
    #expect(QuizPlanner.plan(questions, reviews: [], at: now, count: 0).isEmpty)
    #expect(
      QuizPlanner.plan(questions, reviews: [], at: now, count: 10_000).count == questions.count)
  }
}
