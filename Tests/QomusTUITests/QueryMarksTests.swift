import QomusCore
import Testing

@testable import QomusTUI

/// The words of a search marked in an opened card.
@Suite("Query marks")
struct QueryMarksTests {
  private func pieces(_ line: [Span]) -> [String] {
    line.map { "\($0.text)|\($0.role.name)" }
  }

  /// Worked by hand: the query's two words sit inside a bold span; each is cut out of it and the space between
  /// them stays bold; the plain text around is untouched.
  @Test func marksEachMatchedWordInsideItsSpan() {
    let line = [
      Span("The law lays down the ", role: .normal), Span("legal basis", role: .bold),
      Span(" of services", role: .normal),
    ]
    let marked = QueryMarks.mark(line, with: QueryHighlighter(query: "legal basis", language: .en))
    #expect(
      pieces(marked) == [
        "The law lays down the |normal", "legal|highlight", " |bold", "basis|highlight", " of services|normal",
      ])
  }

  /// The folding search uses: no apostrophe or case needed, a suffix (`-ning`) and the last word as a prefix.
  @Test func marksAsSearchMeetsTheWords() {
    let line = [Span("Elektron hukumatning idoralararo integratsiyasi", role: .normal)]
    let highlighter = QueryHighlighter(query: "HUKUMAT integ", language: .uz, prefixLastWord: true)
    #expect(
      pieces(QueryMarks.mark(line, with: highlighter)) == [
        "Elektron |normal", "hukumatning|highlight", " idoralararo |normal", "integratsiyasi|highlight",
      ])
  }

  /// Uzbek shown in Cyrillic is marked for a Latin query, as search folds the two scripts together.
  @Test func marksUzbekShownInCyrillic() {
    let line = [Span("Электрон ҳукуматнинг порталлари", role: .normal)]
    let highlighter = QueryHighlighter(query: "hukumat portal", language: .uz)
    #expect(
      pieces(QueryMarks.mark(line, with: highlighter)) == [
        "Электрон |normal", "ҳукуматнинг|highlight", " |normal", "порталлари|highlight",
      ])
  }

  /// A word that spans two spans is marked in both pieces; a link keeps its own style.
  @Test func marksAcrossSpansButNotInLinks() {
    let line = [
      Span("Toʻgʻ", role: .normal), Span("risida", role: .italic), Span(" toʻgʻrisida", role: .link, link: 0),
    ]
    let marked = QueryMarks.mark(line, with: QueryHighlighter(query: "togrisida", language: .uz))
    #expect(pieces(marked) == ["Toʻgʻ|highlight", "risida|highlight", " toʻgʻrisida|link"])
  }

  @Test func anEmptyQueryOrNoMatchLeavesTheLineAsItWas() {
    let line = [Span("Axborot xavfsizligi", role: .normal)]
    #expect(pieces(QueryMarks.mark(line, with: QueryHighlighter(query: "", language: .uz))) == pieces(line))
    #expect(pieces(QueryMarks.mark(line, with: QueryHighlighter(query: "portal", language: .uz))) == pieces(line))
  }

  private func markedWords(_ state: AppState) -> [String] {
    (state.document?.lines ?? []).flatMap { $0 }.filter { $0.role == .highlight }.map(\.text)
  }

  /// Opened from search, the card shows the query's words — counted by hand in the fixture's `act-egov`: “Law” in
  /// the title, “framework” and “law” in the summary, “law” twice in the body (a paragraph and the quote); a link
  /// followed from it opens a card without marks; back in history, the marks are there again.
  @Test func aCardOpenedFromSearchShowsTheQuerysWords() {
    let expected = ["Law", "framework", "law", "law", "law"]
    var driver = Fixture.driver(100, 40)
    driver.press(.character("/"))
    driver.type("framework law")
    #expect(markedWords(driver.state) == expected, "the preview marks the word too")
    driver.press(.enter)
    #expect(driver.state.document?.key.cardID == "act-egov")
    #expect(markedWords(driver.state) == expected)
    driver.press(.tab, .enter)
    #expect(driver.state.document?.key.cardID == "act-informatization")
    #expect(markedWords(driver.state).isEmpty)
    driver.press(.character("b"))
    #expect(driver.state.document?.key.cardID == "act-egov")
    #expect(markedWords(driver.state) == expected)
  }

  @Test func aCardOpenedFromTheListHasNoMarks() {
    var driver = Fixture.driver(100, 40)
    driver.press(.character("/"))
    driver.type("law")
    driver.press(.escape)
    driver.press(.enter)
    #expect(markedWords(driver.state).isEmpty)
  }
}
