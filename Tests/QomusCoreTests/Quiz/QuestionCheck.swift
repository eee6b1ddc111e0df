@testable import QomusCore

/// Checks a generated question against the cards it came from: every piece of evidence is in the cards, the answer
/// is what the cards say, and no distractor is also right. Returns the problems found (none when it holds).
enum QuestionCheck {
  static func problems(_ question: QuizQuestion, in corpus: Corpus) -> [String] {
    var problems: [String] = []
    func fail(_ message: String) { problems.append("\(question.id): \(message)") }

    if question.options.count != 4 { fail("has \(question.options.count) options") }
    if Set(question.options.map(\.value)).count != question.options.count {
      fail("repeats an option")
    }
    if Set(question.options.map(\.text)).count != question.options.count {
      fail("repeats an option text")
    }
    guard question.options.indices.contains(question.answerIndex) else {
      fail("answer index out of range")
      return problems
    }
    for language in Language.allCases where question.prompt[language].contains(where: \.isNumber) {
      fail("the prompt states a number")
    }
    if !Set(question.cardIDs).isSubset(of: question.evidence.map(\.cardID)) {
      fail("a card without evidence")
    }

    for evidence in question.evidence {
      guard let card = corpus[evidence.cardID] else {
        fail("evidence from missing card \(evidence.cardID)")
        continue
      }
      let holds: Bool
      switch evidence.field {
      case .title, .summary: holds = evidence.value == nil
      case .adopted: holds = card.adopted?.description == evidence.value
      case .jurisdiction: holds = card.jurisdiction.rawValue == evidence.value
      case .link(let relation):
        holds = card.links.contains { $0.relation == relation && $0.target == evidence.value }
      }
      if !holds {
        fail("\(evidence.cardID).\(evidence.field) does not hold \(evidence.value ?? "-")")
      }
    }

    guard let card = question.cardIDs.first.flatMap({ corpus[$0] }) else {
      fail("no subject card")
      return problems
    }
    let answer = question.answer
    let distractors = question.options.enumerated().filter { $0.offset != question.answerIndex }
      .map(\.element)
    switch question.kind {
    case .actBySummary:
      if question.subject != card.summary { fail("subject is not the card's summary") }
      if answer.cardID != card.id || answer.text != card.title {
        fail("answer is not the card's title")
      }
      for option in distractors {
        guard let other = option.cardID.flatMap({ corpus[$0] }) else {
          fail("distractor names no card")
          continue
        }
        if other.id == card.id || other.kind != card.kind || option.text != other.title {
          fail("distractor \(other.id) is not another \(card.kind)'s title")
        }
      }
    case .adoptionYear:
      if question.subject != card.title { fail("subject is not the card's title") }
      if answer.value != card.adopted.map({ String($0.year) }) {
        fail("answer is not the adoption year")
      }
      let years = Set(corpus.cards.compactMap { $0.adopted.map { String($0.year) } })
      for option in distractors where option.value == answer.value || !years.contains(option.value) {
        fail("distractor year \(option.value) is right or comes from no card")
      }
    case .modelJurisdiction:
      if card.kind != .proposal || question.subject != card.title {
        fail("subject is not a proposal's title")
      }
      let models = Set(
        card.links.filter { $0.relation == .modelledOn }.compactMap {
          corpus[$0.target]?.jurisdiction.rawValue
        })
      let linked = Set(card.links.compactMap { corpus[$0.target]?.jurisdiction.rawValue })
      if !models.contains(answer.value) {
        fail("answer \(answer.value) is not a model's jurisdiction")
      }
      if Jurisdiction(rawValue: answer.value)?.name != answer.text {
        fail("answer text is not the jurisdiction")
      }
      for option in distractors where linked.contains(option.value) {
        fail("distractor \(option.value) is the jurisdiction of a linked card")
      }
    case .deficiencyAddressed:
      if card.kind != .proposal || question.subject != card.title {
        fail("subject is not a proposal's title")
      }
      let addressed = Set(card.links.filter { $0.relation == .addresses }.map(\.target))
      let linked = Set(card.links.map(\.target))
      guard let fixed = answer.cardID.flatMap({ corpus[$0] }), addressed.contains(fixed.id) else {
        fail("answer is not a deficiency the proposal addresses")
        break
      }
      if answer.text != fixed.title { fail("answer text is not the deficiency's title") }
      for option in distractors {
        guard let other = option.cardID.flatMap({ corpus[$0] }), other.kind == .deficiency else {
          fail("distractor is not a deficiency")
          continue
        }
        if linked.contains(other.id) || option.text != other.title {
          fail("distractor \(other.id) is linked")
        }
      }
    }
    return problems
  }
}
