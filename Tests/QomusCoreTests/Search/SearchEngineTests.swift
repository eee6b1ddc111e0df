import Foundation
import Testing

@testable import QomusCore

@Suite("Search engine")
struct SearchEngineTests {
  let engine: SearchEngine

  init() throws {
    engine = try SearchTestCorpus.engine()
  }

  private func ids(_ query: String, _ options: SearchOptions = SearchOptions()) -> [String] {
    engine.search(query, options: options).map(\.id)
  }

  @Test(arguments: [
    "oʻzbekistonda", "o'zbekistonda", "o‘zbekiston", "ozbekiston", "ўзбекистонда", "OʻZBEKISTON",
  ])
  func apostropheFormsAndCyrillicFindTheSameCard(_ query: String) {
    #expect(ids(query) == ["act-egov"])
  }

  @Test func inflectedFormsMeet() {
    #expect(ids("elektron hukumatning huquqiy asoslari").first == "act-egov")
    #expect(ids("maʼlumotlarni almashinuv").first == "act-egov")
  }

  @Test func cardsWithEveryWordComeFirstThenCardsWithSome() {
    #expect(ids("gosuslugi portal").first == "ana-ru-210")
    // No card has both: the cards with either follow, the rarer word's first.
    #expect(Set(ids("gosuslugi standart")) == ["ana-ru-210", "ana-iso"])
  }

  @Test func englishIsStemmed() {
    #expect(ids("electronic signatures").first == "act-eds")
    #expect(ids("governing").contains("act-egov"))
  }

  @Test(arguments: [
    ("210-FZ", "ana-ru-210"), ("210-ФЗ", "ana-ru-210"), ("210fz", "ana-ru-210"),
    ("210 FZ", "ana-ru-210"),
    ("ISO/IEC 27001", "ana-iso"), ("27001", "ana-iso"), ("my.gov.uz", "plat-my-gov"),
    ("gov.uz", "plat-my-gov"),
    ("Госуслуги", "ana-ru-210"),
  ])
  func identifiersAreFoundWholeAndInParts(_ query: String, _ id: String) {
    #expect(ids(query).first == id)
  }

  @Test func aPhraseNeedsItsWordsInOrder() {
    #expect(ids("\"elektron xizmatlar\"").contains("prop-mandatory"))
    #expect(ids("\"hukumat elektron\"").isEmpty)
    #expect(ids("hukumat elektron").first == "act-egov")
  }

  @Test func explicitPrefixAndTypedPrefix() {
    let exact = SearchOptions(typoTolerance: false)
    #expect(ids("majbu*", exact) == ["prop-mandatory"])
    #expect(ids("majbu", exact).isEmpty)
    let typing = SearchOptions(prefixLastWord: true, typoTolerance: false)
    #expect(ids("xizmatlar elektron majbu", typing).first == "prop-mandatory")
    // A trailing space ends the word: no longer a prefix, so only the other words match.
    #expect(!ids("xizmatlar elektron majbu ", typing).isEmpty)
    // One letter is too short to be a prefix.
    #expect(ids("x*", exact).isEmpty)
  }

  @Test func filtersNarrowResults() {
    #expect(ids("elektron kind:proposal") == ["prop-mandatory"])
    #expect(ids("xizmatlar jur:RU") == ["ana-ru-210"])
    #expect(ids("qonun year:2003") == ["act-eds"])
    #expect(ids("qonun year:2000-2012").sorted() == ["act-eds", "ana-ru-210"])
    #expect(
      Set(ids("topic:mandatory-e-services")) == ["ana-ru-210", "plat-my-gov", "prop-mandatory"])
    #expect(ids("elektron kind:xyz").isEmpty)
    #expect(ids("elektron", SearchOptions(kind: .proposal)) == ["prop-mandatory"])
  }

  @Test func glossaryWidensAcrossLanguagesAndSynonyms() {
    #expect(ids("ERI").first == "act-eds")
    #expect(ids("ЭЦП").first == "act-eds")
    #expect(ids("e-signature").first == "act-eds")
    #expect(ids("intizomiy liability").first == "prop-mandatory")
  }

  @Test func withoutTheGlossaryThereIsNoExpansion() throws {
    let plain = try SearchTestCorpus.engine(glossary: .empty)
    #expect(plain.search("ЭЦП").isEmpty)
  }

  @Test func typosOfLongWordsAreForgiven() {
    #expect(ids("hukumta").first == "act-egov")
    #expect(ids("sertifikatlr").first == "act-eds")
    #expect(ids("hukumta", SearchOptions(typoTolerance: false)).isEmpty)
    // Short words are never corrected.
    #expect(ids("imza").isEmpty)
  }

  @Test func hitsCarryLanguageAndMarkedSnippet() throws {
    let hit = try #require(engine.search("huquqiy kuchini").first)
    #expect(hit.id == "act-eds")
    #expect(hit.language == .uz)
    #expect(hit.snippet.marked().contains("[huquqiy] [kuchini]"))
    let english = try #require(engine.search("certificates").first)
    #expect(english.language == .en)
    #expect(english.snippet.marked() == "Signature keys and [certificates].")
  }

  @Test func snippetsMarkTheWordsAsWritten() throws {
    let hit = try #require(engine.search("ozbekiston").first)
    #expect(hit.snippet.marked().contains("[Oʻzbekistonda]"))
  }

  @Test func languageOptionRestrictsTheSearch() {
    #expect(ids("signature", SearchOptions(language: .uz)).isEmpty)
    #expect(
      engine.search("signature", options: SearchOptions(language: .en)).allSatisfy {
        $0.language == .en
      })
  }

  @Test func limitAndOrder() {
    let hits = engine.search("elektron")
    #expect(hits.count >= 3)
    #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score >= $1.score })
    #expect(engine.search("elektron", options: SearchOptions(limit: 2)).count == 2)
    #expect(engine.search("elektron", options: SearchOptions(limit: 0)).isEmpty)
  }

  @Test func emptyAndFilterOnlyQueries() {
    #expect(engine.search("").isEmpty)
    #expect(engine.search("   ").isEmpty)
    #expect(engine.search("🙂 ***").isEmpty)
    #expect(ids("kind:platform") == ["plat-my-gov"])
  }

  @Test func operatorsAreWords() {
    // `AND`, `NOT`, `NEAR` are words no card has: cards with the other words come, no syntax error.
    #expect(ids("elektron AND NOT (hukumat)").first == ids("elektron hukumat").first)
    #expect(ids("NEAR(elektron hukumat)").first == ids("elektron hukumat").first)
    #expect(ids("elektron^ hukumat:").first == "act-egov")
  }
}
