import Foundation
import QomusCore
import Testing

@testable import QomusTUI

/// The self-test: planning as an effect, answering, feedback, recording in the store, the summary.
@Suite("Quiz")
struct QuizTests {
  func quiz(_ state: AppState) -> QuizState? {
    if case .quiz(let quiz) = state.mode { return quiz }
    return nil
  }

  @Test func qAsksForQuestionsAsAnEffect() {
    var state = ViewFixture.state()
    let effect = state.apply(.key(.character("Q")))
    #expect(effect == .planQuiz(count: 10))
    #expect(quiz(state)?.isLoading == true)
    #expect(View.render(state).text.contains("Preparing the questions…"))
    _ = state.apply(.quizPlanned([], at: ViewFixture.date))
    #expect(state.mode == .browse)
    #expect(state.message?.en == "No questions can be made from these cards")
  }

  @Test func answeringShowsTheRightAnswerAndItsCardAndRecordsIt() throws {
    var driver = ViewFixture.driver()
    driver.keys("Q")
    let question = try #require(quiz(driver.state)?.session?.current)
    let wrong = (question.answerIndex + 1) % question.options.count
    var state = driver.state
    let effect = state.apply(.key(.character(Character(String(wrong + 1)))))
    #expect(
      effect
        == .store(.recordAnswer(questionID: question.id, cardIDs: question.cardIDs, correct: false))
    )
    let feedback = try #require(quiz(state)?.feedback)
    #expect(!feedback.isCorrect)
    let text = View.render(state).text
    #expect(text.contains("✗ Wrong."))
    #expect(text.contains("The answer: " + question.answer.text.en))
    #expect(text.contains("(\(question.cardIDs[0]))"), "the card it comes from")
    #expect(quiz(state)?.reviews.first { $0.questionID == question.id }?.lastRating == .again)
    _ = state.apply(.key(.character("a")))
    #expect(quiz(state)?.session?.answers.count == 1, "no second answer to the same question")
    _ = state.apply(.key(.enter))
    #expect(quiz(state)?.feedback == nil)
    #expect(quiz(state)?.session?.position == 1)
  }

  @Test func lettersAnswerToo() throws {
    var driver = ViewFixture.driver()
    driver.keys("Q")
    let question = try #require(quiz(driver.state)?.session?.current)
    let letter = Character(UnicodeScalar(97 + question.answerIndex)!)
    driver.press(.character(letter))
    #expect(quiz(driver.state)?.feedback?.isCorrect == true)
    #expect(driver.screen.text.contains("✓ Right!"))
  }

  @Test func stoppingShowsWhatToRevisitAndEnterOpensIt() throws {
    var driver = ViewFixture.driver()
    driver.keys("Q")
    let question = try #require(quiz(driver.state)?.session?.current)
    let wrong = (question.answerIndex + 1) % question.options.count
    driver.press(.character(Character(String(wrong + 1))), .enter)
    driver.keys("q")
    #expect(quiz(driver.state)?.showsSummary == true)
    let text = driver.screen.text
    #expect(text.contains("Score: 0/1"))
    #expect(text.contains("Revisit"))
    #expect(text.contains("✗ " + (driver.state.catalog[question.cardIDs[0]]?.title.en ?? "?")))
    driver.press(.enter)
    #expect(driver.state.modes == [.browse])
    #expect(driver.state.history.current?.cardID == question.cardIDs[0])
  }

  @Test func theSelectedCardToRevisitStaysInViewOnASmallScreen() throws {
    var driver = ViewFixture.driver(80, 9)
    driver.keys("Q")
    let questions = try #require(quiz(driver.state)?.session?.questions)
    for question in questions {
      let wrong = (question.answerIndex + 1) % question.options.count
      driver.press(.character(Character(String(wrong + 1))), .enter)
    }
    let summary = try #require(quiz(driver.state))
    #expect(summary.showsSummary)
    let items = QuizSummary(state: driver.state, quiz: summary).items
    try #require(items.count >= 4, "enough cards to overflow 9 rows")
    func selectedTitleIsShown() -> Bool {
      guard let selected = quiz(driver.state)?.list.selected, items.indices.contains(selected),
        let title = driver.state.catalog[items[selected].cardID]?.title.en
      else { return false }
      return driver.screen.text.contains(String(title.prefix(30)))
    }
    #expect(selectedTitleIsShown(), "the first card, selected, is on screen")
    for _ in 1..<items.count { driver.press(.down) }
    #expect(quiz(driver.state)?.list.selected == items.count - 1)
    #expect(selectedTitleIsShown(), "the last card, selected, is on screen")
  }

  /// At 40×12 the box has 8 rows for a two-line option, three more, the prompt and the verdict: the kind, the
  /// progress bar, the unchosen options and the gaps give way, the prompt and ✓/✗ stay.
  @Test(arguments: [false, true])
  func theQuestionAndTheVerdictStayOnScreenAt40x12(correct: Bool) throws {
    var driver = ViewFixture.driver(40, 12)
    driver.keys("Q")
    let question = try #require(quiz(driver.state)?.session?.current)
    let prompt = question.prompt.en
    func promptIsShown() -> Bool {
      // the prompt's words, wherever the narrow box wraps them
      let words = driver.screen.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "│" })
      return prompt.split(separator: " ").allSatisfy { word in words.contains { $0.contains(word) } }
    }
    #expect(promptIsShown(), "the question before an answer")
    let chosen = correct ? question.answerIndex : (question.answerIndex + 1) % question.options.count
    driver.press(.character(Character(String(chosen + 1))))
    #expect(promptIsShown(), "the question after the answer")
    #expect(driver.screen.text.contains(correct ? "✓ Right!" : "✗ Wrong."))
    if !correct {
      #expect(driver.screen.text.contains(String(question.answer.text.en.prefix(10))), "the right answer")
    }
  }

  @Test func aWholeQuizIsRecordedInTheStore() throws {
    let (store, directory) = try ViewFixture.temporaryStore()
    defer { try? FileManager.default.removeItem(at: directory) }
    var driver = ViewFixture.driver(store: store)
    driver.keys("Q")
    let questions = try #require(quiz(driver.state)?.session?.questions)
    #expect(!questions.isEmpty)
    #expect(questions.count <= 10)
    for question in questions {
      driver.press(.character(Character(String(question.answerIndex + 1))), .enter)
    }
    #expect(quiz(driver.state)?.showsSummary == true)
    #expect(driver.screen.text.contains("Score: \(questions.count)/\(questions.count)"))
    #expect(driver.screen.text.contains("Nothing to revisit."))
    let states = try store.reviewStates()
    #expect(Set(states.map(\.questionID)) == Set(questions.map(\.id)))
    #expect(states.allSatisfy { $0.memory.stability == 2.3065 && $0.lastCorrect }, "FSRS-6 w2, a first Good")
    #expect(driver.state.user.reviews.count == questions.count, "the snapshot follows the store")
    driver.keys("q")
    #expect(driver.state.modes == [.browse])
  }

  @Test func questionsComeInTheCurrentLanguage() throws {
    var driver = ViewFixture.driver(language: .uzbek)
    driver.keys("Q")
    let question = try #require(quiz(driver.state)?.session?.current)
    #expect(driver.screen.text.contains(question.prompt.uz))
  }
}
