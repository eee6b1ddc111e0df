import Testing

@testable import QomusCore

@Suite("Quiz session")
struct QuizSessionTests {
  let questions = QuizGenerator(corpus: QuizCorpusFixture.corpus).questions(count: 3, seed: 9)

  @Test func answersAdvanceAndAreScored() throws {
    var session = QuizSession(questions: questions)
    #expect(session.current == questions[0])
    let first = session.answer(questions[0].answerIndex)
    let right = try #require(first)
    #expect(right.isCorrect)
    let wrongIndex = (questions[1].answerIndex + 1) % 4
    let second = session.answer(wrongIndex)
    let wrong = try #require(second)
    #expect(!wrong.isCorrect)
    #expect(wrong.chosen == questions[1].options[wrongIndex])
    #expect(session.position == 2)
    #expect(session.correctCount == 1)
    #expect(session.missed.map(\.question.id) == [questions[1].id])
    session.answer(questions[2].answerIndex)
    #expect(session.isFinished)
    #expect(session.current == nil)
    #expect(session.answer(0) == nil)
  }

  @Test func anOptionOutOfRangeChangesNothing() {
    var session = QuizSession(questions: questions)
    #expect(session.answer(4) == nil)
    #expect(session.answer(-1) == nil)
    #expect(session.position == 0)
  }

  @Test func stoppingEarlyFinishesTheSession() {
    var session = QuizSession(questions: questions)
    session.answer(0)
    session.stop()
    #expect(session.isFinished)
    #expect(session.stoppedEarly)
    #expect(session.answers.count == 1)
  }
}
