/// One answer given in a session.
public struct QuizAnswer: Sendable, Hashable {
  public var question: QuizQuestion
  public var chosenIndex: Int

  public init(question: QuizQuestion, chosenIndex: Int) {
    self.question = question
    self.chosenIndex = chosenIndex
  }

  public var isCorrect: Bool { question.isCorrect(chosenIndex) }
  /// The option chosen.
  public var chosen: QuizOption { question.options[chosenIndex] }
}

/// A quiz in progress, as a value: the questions, the answers so far, and the score. A view renders ``current``;
/// saving each answer to the store is the caller's effect.
public struct QuizSession: Sendable, Hashable {
  public let questions: [QuizQuestion]
  public private(set) var answers: [QuizAnswer] = []
  /// True once the user stopped before the last question.
  public private(set) var stoppedEarly = false

  public init(questions: [QuizQuestion]) {
    self.questions = questions
  }

  /// The 0-based index of the question being asked (equals the number answered).
  public var position: Int { answers.count }

  /// The question being asked, or nil when the session is over.
  public var current: QuizQuestion? { isFinished ? nil : questions[position] }

  public var isFinished: Bool { stoppedEarly || answers.count >= questions.count }

  /// Answers the current question with option `index`; nil (and no change) when the session is over or the index
  /// is not an option.
  @discardableResult
  public mutating func answer(_ index: Int) -> QuizAnswer? {
    guard let question = current, question.options.indices.contains(index) else { return nil }
    let answer = QuizAnswer(question: question, chosenIndex: index)
    answers.append(answer)
    return answer
  }

  /// Ends the session before the last question.
  public mutating func stop() {
    if !isFinished { stoppedEarly = true }
  }

  public var correctCount: Int { answers.filter(\.isCorrect).count }

  /// The answers that were wrong, in the order given.
  public var missed: [QuizAnswer] { answers.filter { !$0.isCorrect } }
}
