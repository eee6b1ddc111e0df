/// One answer a question offers.
public struct QuizOption: Sendable, Hashable {
  /// The option as shown.
  public var text: LocalizedText
  /// What the option stands for: a card id, a year or a jurisdiction code.
  public var value: String
  /// The card the option names (an act, a deficiency), to open from the view; nil for a year or a jurisdiction.
  public var cardID: String?

  public init(text: LocalizedText, value: String, cardID: String? = nil) {
    self.text = text
    self.value = value
    self.cardID = cardID
  }
}

/// A multiple-choice question generated from the cards: a prompt, the card text it is about, four options of the
/// same kind, and the facts it rests on.
public struct QuizQuestion: Sendable, Hashable, Identifiable {
  /// Stable across seeds and languages: `<kind>:<card id>[:<card id or code>]`, e.g. `year:act-uz-egov-law`,
  /// `fixes:prop-egov-code:def-fragmentation`, `model:prop-gdpr-alignment:EU`. Review state is keyed by it.
  public var id: String
  public var kind: QuestionKind
  /// The question itself.
  public var prompt: LocalizedText
  /// The card text the question is about, quoted verbatim: a title or a summary.
  public var subject: LocalizedText
  /// Four options; ``answerIndex`` is the right one.
  public var options: [QuizOption]
  public var answerIndex: Int
  /// The facts behind the prompt and the answer.
  public var evidence: [QuizEvidence]
  /// The cards to reread when the answer is missed, the question's own card first.
  public var cardIDs: [String]

  public init(
    id: String, kind: QuestionKind, prompt: LocalizedText, subject: LocalizedText,
    options: [QuizOption],
    answerIndex: Int, evidence: [QuizEvidence], cardIDs: [String]
  ) {
    self.id = id
    self.kind = kind
    self.prompt = prompt
    self.subject = subject
    self.options = options
    self.answerIndex = answerIndex
    self.evidence = evidence
    self.cardIDs = cardIDs
  }

  /// The right option.
  public var answer: QuizOption { options[answerIndex] }

  /// True when `index` is the right option.
  public func isCorrect(_ index: Int) -> Bool { index == answerIndex }
}
