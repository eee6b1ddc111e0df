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
        + "Kirish, Natijalar 1; lex.uz, https://lex.uz/docs/2833855; accessed via Qomus.")
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
        + "Elektron xizmatlarning majburiyligi; accessed via Qomus.")
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
          note = {Based on: “Source article — test”, sections Kirish, Natijalar 1; lex.uz, https://lex.uz/docs/2833855; accessed via Qomus},
          url = {https://lex.uz/docs/2833855},
          language = {english},
        }
        """)
    #expect(Citation.bibEscape("50% & #1_{x}") == "50\\% \\& \\#1\\_\\{x\\}")
  }
}
