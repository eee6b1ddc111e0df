import Foundation
import QomusCore

extension AppState {
  /// The quiz: answer with 1–4 or a–d, see the right answer, go on; at the end a summary of what to revisit.
  mutating func quizCommand(_ command: Command, _ quiz: QuizState) -> Effect? {
    var quiz = quiz
    guard var session = quiz.session else {
      if command == .cancel { popMode() }
      return nil
    }
    if quiz.showsSummary {
      let count = QuizSummary(state: self, quiz: quiz).items.count
      switch command {
      case .moveUp: quiz.list.move(by: -1, count: count, visible: count)
      case .moveDown: quiz.list.move(by: 1, count: count, visible: count)
      case .top: quiz.list.select(0, count: count, visible: count)
      case .bottom: quiz.list.select(count - 1, count: count, visible: count)
      case .open: openFromView(focusedCardID)
      case .cancel: popMode()
      default: break
      }
      if case .quiz = mode { mode = .quiz(quiz) }
      return nil
    }
    var effect: Effect?
    switch command {
    case .answer(let index) where quiz.feedback == nil:
      guard let answer = session.answer(index) else { return nil }
      quiz.session = session
      quiz.feedback = answer
      let question = answer.question
      let previous = quiz.reviews.first { $0.questionID == question.id }
      quiz.reviews.removeAll { $0.questionID == question.id }
      quiz.reviews.append(
        ReviewSchedule.standard.next(
          after: previous, questionID: question.id, cardIDs: question.cardIDs,
          correct: answer.isCorrect, at: quiz.date))
      if storeStatus.canWrite {
        effect = .store(
          .recordAnswer(
            questionID: question.id, cardIDs: question.cardIDs, correct: answer.isCorrect))
      }
    case .open where quiz.feedback != nil:
      quiz.feedback = nil
    case .cancel:
      session.stop()
      quiz.session = session
      quiz.feedback = nil
    default: break
    }
    mode = .quiz(quiz)
    return effect
  }

  /// Starts the quiz on the planned questions; with none, says so and leaves.
  mutating func receiveQuiz(_ questions: [QuizQuestion], at date: Date) {
    guard let index = modes.lastIndex(where: { if case .quiz = $0 { true } else { false } }),
      case .quiz(var quiz) = modes[index], quiz.isLoading
    else { return }
    guard !questions.isEmpty else {
      modes.remove(at: index)
      message = Strings.noQuestions
      return
    }
    quiz.session = QuizSession(questions: questions)
    quiz.date = date
    modes[index] = .quiz(quiz)
  }
}
