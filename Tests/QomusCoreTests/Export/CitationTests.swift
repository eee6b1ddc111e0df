import Testing

@testable import QomusCore

@Suite("Citations")
struct CitationTests {
  let corpus = InsightFixture.corpus

  private func citation(_ id: String, in corpus: Corpus? = nil) -> Citation {
    let corpus = corpus ?? self.corpus
    return Citation(card: corpus[id]!, in: corpus)
  }

  @Test func thePlainStyleNamesTheCardTheArticleSectionsAndThePages() {
    #expect(
      citation("act-uz-law").text(.plain, language: .en)
        == "Qomus card “Law ‘On Electronic Government’” (act-uz-law), based on: “Source article — test”, sections "
        + "Introduction (Kirish), Results 1 (Natijalar 1); lex.uz, https://lex.uz/docs/2833855; accessed via Qomus.")
  }

  @Test func theUzbekStyleUsesUzbekWordsAndGuillemets() {
    #expect(
      citation("act-uz-old").text(.plain, language: .uz)
        == "Qomus kartasi «Old Signature Law (uz)» (act-uz-old), asos: «Source article — test (uz)», boʻlim "
        + "Natijalar 1; Qomus orqali olingan.")
  }

  @Test func withoutASourceCardTheArticleIsNamedGenerically() {
    let cards = InsightFixture.cards.filter { $0.kind != .source }
    let text = citation("def-no-mandate", in: Corpus(cards: cards)).text()
    #expect(
      text
        == "Qomus card “E-services not mandatory” (def-no-mandate), based on: the source article, section "
        + "Mandatory e-services (Elektron xizmatlarning majburiyligi); accessed via Qomus.")
  }

  @Test func aCardBasedOnlyOnPagesCitesThePages() {
    #expect(
      citation("act-uz-new").text()
        == "Qomus card “New Signature Law” (act-uz-new), based on: kun.uz, https://kun.uz/news; accessed via Qomus."
    )
  }

  @Test func bibtexCarriesTheSameFactsEscaped() {
    let bibtex = citation("act-uz-law").text(.bibtex, language: .en)
    #expect(
      bibtex == """
        @misc{qomus:act-uz-law,
          title = {{Law “On Electronic Government”}},
          howpublished = {Qomus card act-uz-law},
          note = {Based on: “Source article — test”, sections Introduction (Kirish), Results 1 (Natijalar 1); lex.uz, https://lex.uz/docs/2833855; accessed via Qomus},
          url = {https://lex.uz/docs/2833855},
          language = {english},
        }
        """)
    #expect(Citation.bibEscape("50% & #1_{x}") == "50\\% \\& \\#1\\_\\{x\\}")
  }

  @Test func aHandoutsCitationCarriesTheAccessDate() {
    #expect(
      citation("act-uz-new").text(.plain, language: .en, accessed: "2026-12-01")
        == "Qomus card “New Signature Law” (act-uz-new), based on: kun.uz, https://kun.uz/news; accessed 2026-12-01.")
    #expect(
      citation("act-uz-old").text(.plain, language: .uz, accessed: "2026-12-01")
        .hasSuffix("boʻlim Natijalar 1; murojaat sanasi: 2026-12-01."))
  }

  @Test func numberedAndUnknownSectionsInEnglish() {
    #expect(ArticleSection.name("Natijalar 2.3", in: .en) == "Results 2.3 (Natijalar 2.3)")
    #expect(ArticleSection.name("Takliflar 5", in: .en) == "Proposals 5 (Takliflar 5)")
    #expect(ArticleSection.name("Takliflar 5", in: .uz) == "Takliflar 5")
    #expect(ArticleSection.name("Yangi boʻlim", in: .en) == "Yangi boʻlim")
  }

  @Test func inCyrillicTheWordsChangeScriptButTheIDAndURLDoNot() {
    var cards = InsightFixture.cards
    let index = cards.firstIndex { $0.id == "act-uz-new" }!
    cards[index] = cards[index].with { $0.title.uz = "Yangi imzo qonuni" }
    #expect(
      citation("act-uz-new", in: Corpus(cards: cards))
        .text(.plain, language: .uz, accessed: "2026-12-01", script: .cyrillic)
        == "Қомус картаси «Янги имзо қонуни» (act-uz-new), асос: kun.uz, https://kun.uz/news; "
        + "мурожаат санаси: 2026-12-01.")
  }
}
