import Foundation
import Testing

@testable import QomusCore

@Suite("Questions, partial matches, long queries, titles")
struct QuestionSearchTests {
  private let engine: SearchEngine

  init() throws {
    engine = try SearchTestCorpus.engine()
  }

  private func ids(_ query: String, _ options: SearchOptions = SearchOptions()) -> [String] {
    engine.search(query, options: options).map(\.id)
  }

  @Test func functionWordsAreListedFoldedAndWithTheQuestionParticle() {
    for word in ["qanday", "qaysi", "kim", "nima", "bormi", "what", "which", "is", "there", "kak", "kakoy"] {
      #expect(FunctionWords.contains(word), "\(word)")
    }
    #expect(FunctionWords.contains(TextFolding.fold("как")))
    #expect(FunctionWords.contains("kerakmi"), "a listed word with -mi")
    #expect(!FunctionWords.contains("qonun"))
    #expect(FunctionWords.withoutQuestionParticle("qonunmi") == "qonun")
    #expect(FunctionWords.withoutQuestionParticle("mi") == nil)
  }

  @Test func aQuestionFindsWhatItsContentWordsFind() {
    let keywords = ids("elektron hukumat qonun")
    #expect(!keywords.isEmpty)
    #expect(ids("elektron hukumat toʻgʻrisida qanday qonun bormi").first == keywords.first)
    #expect(ids("what is the law on electronic government").first == "act-egov")
    #expect(ids("qonunmi").first == ids("qonun").first, "the particle -mi is dropped")
  }

  @Test func aQueryOfFunctionWordsOnlyStillSearchesThem() throws {
    let corpus = Corpus(cards: [
      SearchTestCorpus.card(
        "act-a", uz: ("Qanday", "", ""), en: ("How and what", "", "")),
      SearchTestCorpus.card("act-b", uz: ("Qonun", "", ""), en: ("Law", "", "")),
    ])
    let engine = try SearchEngine(corpus: corpus)
    #expect(engine.search("how what").map(\.id) == ["act-a"])
    #expect(engine.search("qanday").map(\.id) == ["act-a"])
  }

  @Test func cardsWithSomeOfTheWordsFollowThoseWithAllNeverNothing() {
    let all = ids("elektron hukumat")
    #expect(!all.isEmpty)
    let partial = ids("elektron hukumat zzyzzyva qwxqwx")
    #expect(partial.first == all.first, "the best card for the words that exist")
    #expect(!ids("zzyzzyva elektron").isEmpty)
  }

  @Test func coverageStepsAndMinimumShouldMatchAreHandWorked() {
    // 2.5 of 3 is 0.83: step 8 of 10.
    #expect(RankFunction.coverageStep(matched: 2.5, total: 3, steps: 10) == 8)
    #expect(RankFunction.coverageStep(matched: 3, total: 3, steps: 10) == 10)
    #expect(SearchEngine.minimumShouldMatch(words: 6) == 0)
    #expect(SearchEngine.minimumShouldMatch(words: 7) == 6)
    #expect(SearchEngine.minimumShouldMatch(words: 10) == 8)
  }

  @Test func aLongOrPastedQueryIsNotCutToNothing() {
    let sentence = "Qonun davlat organlarining elektron xizmatlarini va maʼlumotlar almashinuvini tartibga soladi."
    let long = Array(repeating: sentence, count: 5).joined(separator: "\n\t")
    #expect(ids(long).first == "act-egov")
    let padded = sentence + " " + Array(repeating: "qoʻshimcha soʻzlar", count: 30).joined(separator: " ")
    #expect(ids(padded).first == "act-egov")
  }

  @Test func lineBreaksAndTabsAreSpaces() {
    #expect(ids("elektron\nhukumat") == ids("elektron hukumat"))
    #expect(ids("elektron\thukumat") == ids("elektron hukumat"))
    #expect(SearchQuery("elektron\r\nhukumat").items.count == 2)
  }

  @Test func theTitleMatchIsHandWorked() {
    let title = TitleMatch.words(of: "Law “On Personal Data”", analyzer: .english)
    // law 1, on 0.2, personal 1, data 1: 3.2.
    #expect(title.map(\.weight) == [1, 0.2, 1, 1])
    let exact = TitleMatch.score(
      title: title, query: TitleMatch.words(of: SearchQuery("Law On Personal Data"), analyzer: .english))
    #expect(abs(exact.coverage - 1) < 1e-9 && abs(exact.closeness - 1) < 1e-9 && exact.isNamed)
    // personal + data = 2 of 3.2 = 0.625; closeness 2 / (3.2 + 1) = 0.476.
    let partial = TitleMatch.score(
      title: title,
      query: TitleMatch.words(of: SearchQuery("personal data protection"), analyzer: .english))
    #expect(abs(partial.coverage - 0.625) < 1e-9 && abs(partial.closeness - 2 / 4.2) < 1e-9)
    #expect(!partial.isNamed)
  }

  @Test func theSnippetIsInThePreferredLanguageWhenBothMatch() throws {
    let corpus = Corpus(cards: [
      SearchTestCorpus.card(
        "ana-x", .analogue, jurisdiction: .EE, uz: ("X-Road platformasi", "X-Road integratsiya", ""),
        en: ("The X-Road platform", "X-Road integration", ""))
    ])
    let engine = try SearchEngine(corpus: corpus)
    for language in Language.allCases {
      let hit = try #require(engine.search("X-Road", options: SearchOptions(preferredLanguage: language)).first)
      #expect(hit.language == language)
      #expect(hit.snippet.plainText == corpus.cards[0].summary[language])
    }
  }

  @Test func wordRangesMarkTheQuerysWordsAsSearchMeetsThem() {
    let text = "Oʻzbekistonda elektron hukumatni va X-Road tizimini"
    let ranges = SearchEngine.wordRanges(of: "ozbekiston hukumat x-road nima", in: text, language: .uz)
    #expect(ranges.map { String(text[$0]) } == ["Oʻzbekistonda", "hukumatni", "X", "Road"])
    let typing = SearchEngine.wordRanges(of: "tizim", in: text, language: .uz, prefixLastWord: true)
    #expect(typing.map { String(text[$0]) } == ["tizimini"])
    #expect(SearchEngine.wordRanges(of: "", in: text, language: .uz).isEmpty)
  }
}
