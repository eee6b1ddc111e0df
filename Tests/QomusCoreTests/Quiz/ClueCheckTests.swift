import Foundation
import Testing

@testable import QomusCore

/// A clue that shares a distinctive word with the right option gives no question.
@Suite("Clue check")
struct ClueCheckTests {
  static let gosuslugi = QuizCorpusFixture.card(
    "ana-ru-gosuslugi", .analogue, .RU,
    title: LocalizedText(
      uz: "Rossiya: Yagona davlat xizmatlari portali (Gosuslugi)",
      en: "Russia: the Single State Services Portal (Gosuslugi)"),
    summary: LocalizedText(
      uz: "Rossiyada davlat xizmatlarini onlayn olish imkonini beruvchi yagona portal (gosuslugi.ru).",
      en: "Russia’s single portal for obtaining state services online (gosuslugi.ru), launched in 2009."))

  func option(_ en: String, _ uz: String? = nil) -> QuizOption {
    QuizOption(text: LocalizedText(uz: uz ?? en, en: en), value: en)
  }

  func words(_ clues: [ClueCheck.Clue], _ language: Language) -> [String] {
    clues.filter { $0.language == language }.map(\.word)
  }

  @Test func aDomainInTheClueNamesTheAnswer() {
    let shared = ClueCheck.sharedWords(clue: Self.gosuslugi.summary, answer: Self.gosuslugi.title)
    // “Russia’s” folds to “russias”, which begins with “russia”; “the” and “(” tell nothing.
    #expect(words(shared, .en) == ["gosuslugi", "portal", "russia", "services", "single", "state"])
    #expect(words(shared, .uz) == ["davlat", "gosuslugi", "portali", "rossiya", "xizmatlari", "yagona"])
    let withoutGosuslugi = [
      option("Russia: the Single Portal of State Services", "Rossiya: yagona davlat xizmatlari portali"),
      option("Estonia: X-Road"), option("Korea: E-Government Act"),
    ]
    #expect(
      ClueCheck.requiredDistractors(
        clue: Self.gosuslugi.summary, answer: Self.gosuslugi.title, pool: withoutGosuslugi, limit: 3) == nil,
      "no wrong option says Gosuslugi")
  }

  @Test func wrongOptionsThatShareTheWordsAreOfferedFirst() {
    let clue = LocalizedText(uz: "Elektron hukumat haqida.", en: "About electronic government.")
    let answer = LocalizedText(uz: "Elektron hukumat toʻgʻrisida", en: "Law on Electronic Government")
    let pool = [
      option("Law on Open Data", "Ochiq maʼlumotlar"), option("Law on Electronic Signature", "Elektron imzo"),
      option("Act on Government Bodies", "Hukumat organlari"), option("Decree on IT", "IT farmoni"),
    ]
    let required = ClueCheck.requiredDistractors(clue: clue, answer: answer, pool: pool, limit: 3)
    #expect(required?.map(\.value) == ["Law on Electronic Signature", "Act on Government Bodies"])
    #expect(
      ClueCheck.requiredDistractors(clue: clue, answer: answer, pool: pool, limit: 1) == nil,
      "two words need two options")
    #expect(
      ClueCheck.sharedWords(
        clue: LocalizedText(uz: "Qonun.", en: "It is about laws."),
        answer: LocalizedText(uz: "Sud", en: "The Law about Courts")
      ).isEmpty, "function words and words under four letters; “laws” is not “law”")
    #expect(
      words(
        ClueCheck.sharedWords(
          clue: LocalizedText(uz: "Estoniyaning tajribasi", en: "-"),
          answer: LocalizedText(uz: "Estoniya", en: "Estonia")), .uz) == ["estoniya"],
      "an Uzbek suffix on the same word")
    #expect(
      words(
        ClueCheck.sharedWords(
          clue: LocalizedText(uz: "Oʻzbekiston qonuni", en: "-"),
          answer: LocalizedText(uz: "O'ZBEKISTON", en: "-")), .uz) == ["ozbekiston"],
      "folded: case and apostrophes")
  }

  @Test func theGeneratorAsksNoQuestionWhoseClueGivesTheAnswerAway() {
    let corpus = Corpus(cards: QuizCorpusFixture.cards + [Self.gosuslugi])
    let ids = Set(QuizGenerator(corpus: corpus).questions(seed: 3).map(\.id))
    #expect(!ids.contains("summary:ana-ru-gosuslugi"))
    #expect(ids.contains("summary:ana-ru"), "its neighbours still ask")
  }

  @Test func aProposalNamedAfterItsModelGivesNoModelQuestion() {
    var cards = QuizCorpusFixture.cards.filter { $0.id != "prop-x" }
    cards.append(
      QuizCorpusFixture.card(
        "prop-x", .proposal,
        title: LocalizedText(uz: "Estoniya namunasidagi almashinuv", en: "An exchange layer on the Estonian model"),
        links: [(.modelledOn, "ana-ee"), (.addresses, "def-1")]))
    let cardsWithEstonia = cards.map { card in
      guard card.id == "ana-ee" else { return card }
      return card.with { $0.title = LocalizedText(uz: "Estoniya: X-Road", en: "Estonia: X-Road") }
    }
    let ids = Set(QuizGenerator(corpus: Corpus(cards: cardsWithEstonia)).questions(seed: 3).map(\.id))
    #expect(!ids.contains("model:prop-x:EE"))
    #expect(ids.contains("fixes:prop-x:def-1"))
  }

  /// An independent check on the bundled cards: no "which act" question's summary contains a word of five letters or
  /// more from its answer's title that no other option of that question has (plain lower-casing, letters only).
  @Test func noBundledSummaryQuestionNamesItsAnswer() {
    let corpus = ContentLoader.load(
      directory: BundledContentTests.repository.appendingPathComponent("content")
    ).corpus
    func words(_ text: String) -> Set<String> {
      Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0.count >= 5 })
    }
    let questions = QuizGenerator(corpus: corpus).questions(seed: 1)
    #expect(!questions.contains { $0.id == "summary:ana-ru-gosuslugi" })
    for question in questions where question.kind == .actBySummary {
      for language in Language.allCases {
        let others = question.options.enumerated().filter { $0.offset != question.answerIndex }
          .reduce(into: Set<String>()) { $0.formUnion(words($1.element.text[language])) }
        let shared = words(question.subject[language]).intersection(words(question.answer.text[language]))
          .subtracting(others)
        #expect(shared.isEmpty, "\(question.id) \(language): \(shared.sorted())")
      }
    }
  }
}
