import Testing

@testable import QomusCore

@Suite("Timeline")
struct TimelineTests {
  let timeline = Timeline(corpus: InsightFixture.corpus)

  @Test func actsAndAnaloguesByYearOldestFirst() {
    #expect(timeline.years.map(\.year) == [2001, 2003, 2015, 2016, 2022])
    #expect(
      timeline.entries.map(\.card.id) == [
        "ana-kr-act", "act-uz-old", "act-uz-law", "ana-ee-reg", "act-uz-new",
      ])
    #expect(timeline.span == 2001...2022)
    #expect(!timeline.entries.contains { $0.card.kind == .proposal || $0.card.kind == .deficiency })
  }

  @Test func adoptionWinsElseEntryIntoForce() throws {
    let law = try #require(timeline.entries.first { $0.card.id == "act-uz-law" })
    #expect(law.date == PartialDate(year: 2015, month: 12, day: 9))
    #expect(law.dateKind == .adopted)
    let regulation = try #require(timeline.entries.first { $0.card.id == "ana-ee-reg" })
    #expect(regulation.dateKind == .inForce)
    #expect(regulation.date.year == 2016)
  }

  @Test func replacedActsAreMarkedWithTheirSuccessor() throws {
    let old = try #require(timeline.entries.first { $0.card.id == "act-uz-old" })
    #expect(old.isSuperseded)
    #expect(old.replacedBy.map(\.id) == ["act-uz-new"])
    let new = try #require(timeline.entries.first { $0.card.id == "act-uz-new" })
    #expect(!new.isSuperseded)
    #expect(new.replacedBy.isEmpty)
  }

  @Test func aReplacesLinkAloneMarksTheTarget() throws {
    var cards = InsightFixture.cards
    let index = cards.firstIndex { $0.id == "act-uz-old" }!
    cards[index] = cards[index].with { $0.status = .inForce }
    let entry = try #require(
      Timeline(corpus: Corpus(cards: cards)).entries.first { $0.card.id == "act-uz-old" })
    #expect(entry.isSuperseded)
  }

  @Test func undatedCardsAreListedApart() {
    #expect(timeline.undated.map(\.id) == ["ana-us-circular"])
  }

  @Test func theKindsCanBeChosen() {
    let actsOnly = Timeline(corpus: InsightFixture.corpus, kinds: [.act])
    #expect(actsOnly.entries.map(\.card.id) == ["act-uz-old", "act-uz-law", "act-uz-new"])
    #expect(actsOnly.undated.isEmpty)
  }
}
