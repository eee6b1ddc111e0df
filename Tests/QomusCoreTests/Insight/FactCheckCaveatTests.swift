import Testing

@testable import QomusCore

@Suite("Fact-check caveats in chains and the overview")
struct FactCheckCaveatTests {
  static func note(_ en: String, uz: String = "Izoh.", source: String = "lex.uz") -> FactNote {
    FactNote(text: LocalizedText(uz: uz, en: en), source: source)
  }

  /// The fixture with `notes` added to the named cards.
  static func corpus(adding notes: [String: [FactNote]]) -> Corpus {
    Corpus(
      cards: InsightFixture.cards.map { card in
        card.with { $0.notes += notes[card.id] ?? [] }
      })
  }

  @Test func aNoteOnAnActADeficiencyConcernsReachesTheProposal() throws {
    let chain = try #require(ProposalChain(proposal: "prop-code", in: InsightFixture.corpus))
    // act-uz-old carries the fixture's only note; prop-code reaches it through def-scattered.
    #expect(chain.caveats.map(\.card.id) == ["act-uz-old"])
    #expect(chain.caveats[0].premise.en == "The law lost force in 2023.")
    #expect(chain.caveats[0].premise.uz == "Qonun 2023-yilda kuchini yoʻqotgan.")
    #expect(chain.caveats[0].correction.en == "")
    let other = try #require(ProposalChain(proposal: "prop-eid", in: InsightFixture.corpus))
    #expect(other.caveats.isEmpty)
  }

  @Test func theCaveatIsTheFirstSentenceAndTheCorrectionAfterAnArticleClaim() {
    let caveat = FactCheckCaveat(
      card: CardReference(InsightFixture.corpus["act-uz-old"]!),
      note: Self.note(
        "The article cites Law No. 562-II as current. Verified fact: it lost force on 14 January 2023. The date is right.",
        uz: "Maqola qonunni amaldagi deb keltiradi. U 2023-yil 14-yanvarda kuchini yoʻqotgan."))
    #expect(caveat.premise.en == "The article cites Law No. 562-II as current.")
    #expect(caveat.correction.en == "Verified fact: it lost force on 14 January 2023.")
    #expect(caveat.premise.uz == "Maqola qonunni amaldagi deb keltiradi.")
    #expect(caveat.correction.uz == "U 2023-yil 14-yanvarda kuchini yoʻqotgan.")
  }

  @Test func everyCardOfTheChainCountsOnceInChainOrder() throws {
    let corpus = Self.corpus(adding: [
      "prop-code": [Self.note("On the proposal.")],
      "act-uz-law": [Self.note("On the framework law.")],
      "ana-kr-act": [Self.note("On the model.")],
      "act-uz-new": [Self.note("On the new law."), Self.note("A second note.")],
      "def-no-mandate": [Self.note("On a deficiency.")],
      "prop-eid": [Self.note("On another proposal.")],
    ])
    let chain = try #require(ProposalChain(proposal: "prop-code", in: corpus))
    // act-uz-law is concerned by both deficiencies and changed too: one caveat, at its first place.
    #expect(
      chain.caveats.map(\.premise.en) == [
        "On the proposal.", "On a deficiency.", "On the framework law.", "The law lost force in 2023.",
        "On the model.", "On the new law.", "A second note.",
      ])
    #expect(!chain.caveats.contains { $0.card.id == "prop-eid" })
  }

  @Test func theOverviewNamesTheActsAProposalWouldChange() {
    let overview = ProposalOverview(corpus: InsightFixture.corpus)
    #expect(
      overview.entries[0].changedActNames(.en) == [
        "Law “On Electronic Government”", "New Signature Law",
      ])
    #expect(overview.entries[1].changedActNames(.uz) == ["Law “On Electronic Government” (uz)"])
    #expect(overview.entries[0].caveats.map(\.card.id) == ["act-uz-old"])
  }
}
