import Foundation

/// Builds multiple-choice questions from the cards. Every question quotes a card and asks for a fact another field
/// or link of the cards holds; the distractors are of the same kind and are checked not to be right answers too.
/// The same corpus and seed always give the same questions, options and order.
public struct QuizGenerator: Sendable {
  public let corpus: Corpus
  /// Options per question.
  public static let optionCount = 4

  public init(corpus: Corpus) {
    self.corpus = corpus
  }

  /// Every question the cards support, in an order drawn by `seed` where the kinds take turns.
  public func questions(seed: UInt64) -> [QuizQuestion] {
    var byKind: [QuestionKind: [QuizQuestion]] = [:]
    for question in summaryQuestions(seed) + yearQuestions(seed) + modelQuestions(seed)
      + deficiencyQuestions(seed)
    {
      byKind[question.kind, default: []].append(question)
    }
    var random = SeededGenerator(seed: seed, label: "order")
    let kinds = random.shuffled(QuestionKind.allCases.filter { byKind[$0] != nil })
    var queues = kinds.map { random.shuffled(byKind[$0, default: []].sorted { $0.id < $1.id }) }
    var ordered: [QuizQuestion] = []
    while queues.contains(where: { !$0.isEmpty }) {
      for index in queues.indices where !queues[index].isEmpty {
        ordered.append(queues[index].removeFirst())
      }
    }
    return ordered
  }

  /// The first `count` of ``questions(seed:)``.
  public func questions(count: Int, seed: UInt64) -> [QuizQuestion] {
    Array(questions(seed: seed).prefix(max(0, count)))
  }

  // MARK: - Kinds

  /// "Which act is described here?" — a summary, and titles of cards of the same kind (of the same jurisdiction
  /// when there are enough, so that the country does not give the answer away).
  func summaryQuestions(_ seed: UInt64) -> [QuizQuestion] {
    var questions: [QuizQuestion] = []
    for kind in [CardKind.act, .analogue] {
      let cards = corpus.cards(of: kind)
      let prompt =
        kind == .act
        ? LocalizedText(
          uz: "Bu yerda qaysi hujjat tavsiflangan?", en: "Which act is described here?")
        : LocalizedText(
          uz: "Bu yerda qaysi xorijiy hujjat yoki amaliyot tavsiflangan?",
          en: "Which foreign act or practice is described here?")
      for card in cards where !Self.summaryNamesTitle(card) {
        let others = cards.filter { $0.id != card.id }
        let question = Self.question(
          id: "\(QuestionKind.actBySummary.rawValue):\(card.id)", kind: .actBySummary,
          prompt: prompt,
          subject: card.summary, answer: Self.titleOption(card),
          distractors: others.filter { $0.jurisdiction == card.jurisdiction }.map(Self.titleOption),
          fallback: others.filter { $0.jurisdiction != card.jurisdiction }.map(Self.titleOption),
          evidence: [
            QuizEvidence(cardID: card.id, field: .summary),
            QuizEvidence(cardID: card.id, field: .title),
          ],
          cardIDs: [card.id], seed: seed)
        if let question { questions.append(question) }
      }
    }
    return questions
  }

  /// "In which year was this adopted?" — a title, and years other acts and analogues were adopted in (three of the
  /// six nearest). A title that spells out its year gives no question. The prompt names the date it means: when the
  /// card also has an entry-into-force date in another year, or its title names a platform as well as a document (the
  /// X-Road platform and its regulation), it says which one; that other year is never a distractor.
  func yearQuestions(_ seed: UInt64) -> [QuizQuestion] {
    let dated = corpus.cards.filter {
      ($0.kind == .act || $0.kind == .analogue) && $0.adopted != nil
    }
    let years = Set(dated.compactMap { $0.adopted?.year })
    return dated.compactMap { card -> QuizQuestion? in
      guard let adopted = card.adopted, !Self.titleNamesYear(card, adopted.year) else { return nil }
      let inForceYear = card.inForce?.year
      let others = years.subtracting([adopted.year, inForceYear ?? adopted.year]).sorted {
        (abs($0 - adopted.year), $0) < (abs($1 - adopted.year), $1)
      }
      return Self.question(
        id: "\(QuestionKind.adoptionYear.rawValue):\(card.id)", kind: .adoptionYear,
        prompt: Self.adoptionPrompt(
          inForceLater: inForceYear.map { $0 != adopted.year } ?? false,
          namesPlatform: Self.titleNamesPlatform(card)),
        subject: card.title, answer: Self.yearOption(adopted.year),
        distractors: others.prefix(6).map(Self.yearOption),
        fallback: others.dropFirst(6).map(Self.yearOption),
        evidence: [
          QuizEvidence(cardID: card.id, field: .title),
          QuizEvidence(cardID: card.id, field: .adopted, value: adopted.description),
        ],
        cardIDs: [card.id], seed: seed, chronological: true)
    }
  }

  /// The adoption question, naming the date meant when the card has another one.
  static func adoptionPrompt(inForceLater: Bool, namesPlatform: Bool) -> LocalizedText {
    switch (namesPlatform, inForceLater) {
    case (true, _):
      LocalizedText(
        uz: "Bu nomdagi hujjat qaysi yilda qabul qilingan (platforma ishga tushirilgan yili emas)?",
        en: "In which year was the document in this title adopted (not the year the platform was launched)?")
    case (false, true):
      LocalizedText(
        uz: "Bu qaysi yilda qabul qilingan (kuchga kirgan yili emas)?",
        en: "In which year was this adopted (not the year it entered into force)?")
    case (false, false):
      LocalizedText(uz: "Bu qaysi yilda qabul qilingan?", en: "In which year was this adopted?")
    }
  }

  /// True when a card's title names a platform or portal besides a document, so that "adopted" needs saying.
  static func titleNamesPlatform(_ card: Card) -> Bool {
    let words = Set(TextFolding.foldText(card.title.en).split(separator: " "))
    let platform = words.contains("platform") || words.contains("portal")
    let document = !words.isDisjoint(with: ["regulation", "law", "act", "decree", "resolution", "code", "rules"])
    return platform && document
  }

  /// "Whose model does this proposal draw on?" — a proposal's title, and jurisdictions of foreign analogues it is
  /// modelled on in the article (not by Qomus's inference). Distractors exclude every jurisdiction of a card the
  /// proposal links to at all.
  func modelQuestions(_ seed: UInt64) -> [QuizQuestion] {
    let foreign = Set(corpus.cards(of: .analogue).map(\.jurisdiction).filter(Self.isForeignState))
    var questions: [QuizQuestion] = []
    for proposal in corpus.cards(of: .proposal) {
      let links = corpus.resolvedLinks(of: proposal)
      let linked = Set(links.compactMap { corpus[$0.target]?.jurisdiction })
      // A model that is Qomus's inference, not the article's, is not a fact to quiz on.
      let models = links.filter { $0.relation == .modelledOn && !$0.inferred }.compactMap {
        corpus[$0.target]
      }
      .filter { Self.isForeignState($0.jurisdiction) }
      let pool = foreign.subtracting(linked).map(Self.jurisdictionOption).sorted {
        $0.value < $1.value
      }
      for jurisdiction in Jurisdiction.allCases {
        let analogues = models.filter { $0.jurisdiction == jurisdiction }
        guard !analogues.isEmpty else { continue }
        var evidence = [QuizEvidence(cardID: proposal.id, field: .title)]
        for analogue in analogues {
          evidence.append(
            QuizEvidence(cardID: proposal.id, field: .link(.modelledOn), value: analogue.id))
          evidence.append(
            QuizEvidence(cardID: analogue.id, field: .jurisdiction, value: jurisdiction.rawValue))
        }
        let question = Self.question(
          id: "\(QuestionKind.modelJurisdiction.rawValue):\(proposal.id):\(jurisdiction.rawValue)",
          kind: .modelJurisdiction,
          prompt: LocalizedText(
            uz: "Bu taklif kimning tajribasiga tayanadi?",
            en: "Whose model does this proposal draw on?"),
          subject: proposal.title, answer: Self.jurisdictionOption(jurisdiction), distractors: pool,
          evidence: evidence, cardIDs: [proposal.id] + analogues.map(\.id), seed: seed)
        if let question { questions.append(question) }
      }
    }
    return questions
  }

  /// "Which deficiency does this proposal address?" — a proposal's title, and titles of deficiencies it does not
  /// link to at all.
  func deficiencyQuestions(_ seed: UInt64) -> [QuizQuestion] {
    let deficiencies = corpus.cards(of: .deficiency)
    var questions: [QuizQuestion] = []
    for proposal in corpus.cards(of: .proposal) {
      let links = corpus.resolvedLinks(of: proposal)
      let linked = Set(links.map(\.target))
      let pool = deficiencies.filter { !linked.contains($0.id) }.map(Self.titleOption)
      let addressed = links.filter { $0.relation == .addresses }.compactMap { corpus[$0.target] }
        .filter { $0.kind == .deficiency }
      for deficiency in addressed {
        let question = Self.question(
          id: "\(QuestionKind.deficiencyAddressed.rawValue):\(proposal.id):\(deficiency.id)",
          kind: .deficiencyAddressed,
          prompt: LocalizedText(
            uz: "Bu taklif qaysi kamchilikni bartaraf etadi?",
            en: "Which deficiency does this proposal address?"),
          subject: proposal.title, answer: Self.titleOption(deficiency), distractors: pool,
          evidence: [
            QuizEvidence(cardID: proposal.id, field: .title),
            QuizEvidence(cardID: proposal.id, field: .link(.addresses), value: deficiency.id),
            QuizEvidence(cardID: deficiency.id, field: .title),
          ],
          cardIDs: [proposal.id, deficiency.id], seed: seed)
        if let question { questions.append(question) }
      }
    }
    return questions
  }

  // MARK: - Building

  /// A question with `answer` and three distractors drawn by the question's own generator from `distractors`, then
  /// (when those are too few) from `fallback`; nil when fewer than three distinct ones exist, or when the subject
  /// gives the answer away (``ClueCheck``).
  static func question(
    id: String, kind: QuestionKind, prompt: LocalizedText, subject: LocalizedText,
    answer: QuizOption,
    distractors: [QuizOption], fallback: [QuizOption] = [], evidence: [QuizEvidence],
    cardIDs: [String],
    seed: UInt64, chronological: Bool = false
  ) -> QuizQuestion? {
    var seen: Set<String> = [answer.value]
    var seenTexts: Set<LocalizedText> = [answer.text]
    func unique(_ options: [QuizOption]) -> [QuizOption] {
      options.filter { option in
        guard !seen.contains(option.value), !seenTexts.contains(option.text) else { return false }
        seen.insert(option.value)
        seenTexts.insert(option.text)
        return true
      }
    }
    let preferredPool = unique(distractors)
    let fallbackPool = unique(fallback)
    guard
      let required = ClueCheck.requiredDistractors(
        clue: subject, answer: answer.text, pool: preferredPool + fallbackPool, limit: optionCount - 1)
    else { return nil }
    let requiredValues = Set(required.map(\.value))
    var random = SeededGenerator(seed: seed, label: id)
    let preferred = random.shuffled(preferredPool).filter { !requiredValues.contains($0.value) }
    let rest = random.shuffled(fallbackPool).filter { !requiredValues.contains($0.value) }
    let chosen = required + (preferred + rest).prefix(optionCount - 1 - required.count)
    guard chosen.count == optionCount - 1 else { return nil }
    var options = [answer] + chosen
    options = chronological ? options.sorted { $0.value < $1.value } : random.shuffled(options)
    guard let answerIndex = options.firstIndex(of: answer) else { return nil }
    return QuizQuestion(
      id: id, kind: kind, prompt: prompt, subject: subject, options: options,
      answerIndex: answerIndex,
      evidence: evidence, cardIDs: cardIDs)
  }

  static func titleOption(_ card: Card) -> QuizOption {
    QuizOption(text: card.title, value: card.id, cardID: card.id)
  }

  static func yearOption(_ year: Int) -> QuizOption {
    QuizOption(text: LocalizedText(uz: String(year), en: String(year)), value: String(year))
  }

  static func jurisdictionOption(_ jurisdiction: Jurisdiction) -> QuizOption {
    QuizOption(text: jurisdiction.name, value: jurisdiction.rawValue)
  }

  /// A jurisdiction that answers "whose model": a foreign state or union, not Uzbekistan or "international".
  static func isForeignState(_ jurisdiction: Jurisdiction) -> Bool {
    jurisdiction != .UZ && jurisdiction != .INT
  }

  /// True when a card's title spells out `year`, which would give the answer away.
  static func titleNamesYear(_ card: Card, _ year: Int) -> Bool {
    Language.allCases.contains { card.title[$0].contains(String(year)) }
  }

  /// True when a card's summary spells out its own title, which would give the answer away.
  static func summaryNamesTitle(_ card: Card) -> Bool {
    Language.allCases.contains { card.summary[$0].localizedCaseInsensitiveContains(card.title[$0]) }
  }
}
