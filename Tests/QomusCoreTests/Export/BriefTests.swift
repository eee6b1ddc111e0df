import Testing

@testable import QomusCore

/// One-page briefs of a proposal: the content, the caveats, the errors, and the Markdown and HTML goldens
/// (Fixtures/export/brief-*; re-record with `QOMUS_RECORD=1 swift test --filter BriefTests`).
@Suite("Proposal briefs")
struct BriefTests {
  /// The fixture with fact-check notes on a deficiency and a changed act of `prop-code`, and a second page on a
  /// model that repeats a page of a changed act.
  static let corpus: Corpus = {
    var cards = InsightFixture.cards
    func edit(_ id: String, _ change: (inout Card.Fields) -> Void) {
      let index = cards.firstIndex { $0.id == id }!
      cards[index] = cards[index].with(change)
    }
    edit("def-scattered") {
      $0.notes = [
        FactNote(
          text: LocalizedText(
            uz: "Maqola qonunlar tarqoq deydi. Tekshiruv: 2004-yilgi qonun ham bor.",
            en: "The article says the acts are scattered. Verified fact: a 2004 law also applies."),
          source: "lex.uz/docs/1")
      ]
    }
    edit("act-uz-new") {
      $0.notes = [
        FactNote(
          text: LocalizedText(uz: "Yangi qonun 2023-yilda kuchga kirgan.", en: "The new law took effect in 2023."),
          source: "lex.uz/docs/2")
      ]
    }
    edit("ana-kr-act") { $0.sources.append(.url("https://lex.uz/docs/2833855", label: "copy")) }
    return Corpus(cards: cards)
  }()

  static func brief(_ language: Language = .en, script: ExportScript = .latin) throws -> ProposalBrief {
    try ProposalBrief(
      proposal: "prop-code", corpus: corpus, language: language, script: script, accessed: "2026-12-01")
  }

  @Test func itNamesWhatTheProposalFixesDrawsOnAndChanges() throws {
    let brief = try Self.brief()
    #expect(brief.articleNumber == 1)
    #expect(brief.fixes.map(\.card.id) == ["def-scattered", "def-no-mandate"])
    // def-scattered's summary is one sentence; its first sentence is the whole summary.
    #expect(brief.fixes.map(\.sentence.en) == ["The acts are not one system.", "E-services not mandatory"])
    #expect(brief.models.map(\.card.id) == ["ana-kr-act"])
    #expect(brief.changes.map(\.card.id) == ["act-uz-law", "act-uz-new"])
    #expect(brief.cards.count == 6)
  }

  @Test func theCaveatsAreThoseOfTheNamedCardsWithTheVerifiedFact() throws {
    let groups = try Self.brief().caveatGroups
    // act-uz-old's note is on an act a deficiency concerns, which the brief does not name: left out.
    #expect(groups.map(\.card.id) == ["def-scattered", "act-uz-new"])
    #expect(
      groups.map { $0.lines.map(\.en) } == [
        ["Verified fact: a 2004 law also applies."], ["The new law took effect in 2023."],
      ])
    #expect(groups[0].lines[0].uz == "Tekshiruv: 2004-yilgi qonun ham bor.")
  }

  @Test func sourcesMergeTheSectionsAndEachPageOnce() throws {
    let sources = try Self.brief().sources
    // prop-code, def-scattered, def-no-mandate, ana-kr-act, act-uz-law, act-uz-new, in that order.
    #expect(
      sources.sections == [
        "Takliflar 1", "Kamchiliklar", "Elektron xizmatlarning majburiyligi", "Janubiy Koreya tajribasi",
        "Kirish", "Natijalar 1",
      ])
    #expect(sources.pages.map(\.url) == ["https://lex.uz/docs/2833855", "https://kun.uz/news"])
  }

  @Test func aLongSentenceLosesItsAsidesBeforeItIsCut() {
    let long =
      "Verified fact: the Law (ZRU-764 of 15 April 2022; adopted by the Legislative Chamber on 25 February and "
      + "approved by the Senate on 17 March 2022; in force 17 July 2022; 40 articles) exists and designates the "
      + "State Security Service (SGB) as the authorised body for the security of information systems."
    #expect(
      ProposalBrief.shortened(long)
        == "Verified fact: the Law exists and designates the State Security Service as the authorised body for the "
        + "security of information systems.")
    #expect(ProposalBrief.shortened("Short (kept).") == "Short (kept).")
  }

  @Test func aBriefOfAnotherKindIsAClearError() {
    #expect(throws: ExportError.notAProposal("act-uz-law", kind: .act, proposals: ["prop-code", "prop-eid"])) {
      try ProposalBrief(proposal: "act-uz-law", corpus: Self.corpus, language: .en)
    }
    #expect(
      ExportError.notAProposal("act-uz-law", kind: .act, proposals: ["prop-code", "prop-eid"]).description
        == "'act-uz-law' is a card of kind act, not a proposal; a brief is of a proposal (proposals: prop-code, prop-eid)"
    )
    #expect(throws: ExportError.unknownCards(["prop-x"])) {
      try ProposalBrief(proposal: "prop-x", corpus: Self.corpus, language: .en)
    }
    #expect(throws: ExportError.briefFormat("json")) { try ExportFormat.json.render(try Self.brief()) }
  }

  @Test func markdownStaysWithinAPage() throws {
    let markdown = try ExportFormat.markdown.render(try Self.brief())
    #expect(markdown.split(separator: "\n", omittingEmptySubsequences: false).count <= 120)
    #expect(markdown.contains("## ⚠ Fact-check caveats"))
    #expect(markdown.hasSuffix("*Made with Qomus from 6 cards.*\n"))
  }

  @Test func markdownGolden() throws {
    try ExportGoldenTests.assertGolden(try ExportFormat.markdown.render(try Self.brief()), name: "brief-en.md")
  }

  @Test func htmlGolden() throws {
    try ExportGoldenTests.assertGolden(try ExportFormat.html.render(try Self.brief()), name: "brief-en.html")
  }

  @Test func cyrillicGolden() throws {
    let text = try ExportFormat.markdown.render(try Self.brief(.uz, script: .cyrillic))
    #expect(text.contains("## Қайси камчиликларни бартараф этади"))
    #expect(text.contains("`prop-code`"))
    try ExportGoldenTests.assertGolden(text, name: "brief-cyr.md")
  }
}
