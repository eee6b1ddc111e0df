import Testing

@testable import QomusCore

@Suite("Proposal chains and overview")
struct ProposalChainTests {
  let corpus = InsightFixture.corpus

  @Test func theChainFollowsTheLinks() throws {
    let chain = try #require(ProposalChain(proposal: "prop-code", in: corpus))
    #expect(chain.deficiencies.map(\.deficiency.id) == ["def-scattered", "def-no-mandate"])
    #expect(chain.deficiencies[0].concerns.map(\.id) == ["act-uz-law", "act-uz-old"])
    #expect(chain.deficiencies[1].concerns.map(\.id) == ["act-uz-law"])
    #expect(chain.models.map(\.id) == ["ana-kr-act"])
    #expect(chain.changes.map(\.id) == ["act-uz-law", "act-uz-new"])
    #expect(chain.modelJurisdictions == [.KR])
    #expect(chain.concernedActs.map(\.id) == ["act-uz-law", "act-uz-old"])
  }

  @Test func rowsWalkTheChainInOrderWithDepth() throws {
    let chain = try #require(ProposalChain(proposal: "prop-code", in: corpus))
    let rows = chain.rows.map { "\($0.depth) \($0.relation?.rawValue ?? "-") \($0.card.id)" }
    #expect(
      rows == [
        "0 - prop-code",
        "1 addresses def-scattered", "2 concerns act-uz-law", "2 concerns act-uz-old",
        "1 addresses def-no-mandate", "2 concerns act-uz-law",
        "1 modelled-on ana-kr-act",
        "1 changes act-uz-law", "1 changes act-uz-new",
      ])
  }

  /// The chain marks the rows reached through an inferred link: here the change to act-uz-new and the concerns
  /// link from def-scattered to act-uz-old, and nothing else.
  @Test func rowsReachedThroughAnInferenceAreMarked() throws {
    var cards = InsightFixture.cards
    func mark(_ id: String, _ relation: LinkRelation, _ target: String) throws {
      let index = try #require(cards.firstIndex { $0.id == id })
      let link = try #require(
        cards[index].links.firstIndex { $0.relation == relation && $0.target == target })
      cards[index] = cards[index].with { $0.links[link].inferred = true }
    }
    try mark("prop-code", .changes, "act-uz-new")
    try mark("def-scattered", .concerns, "act-uz-old")
    let chain = try #require(ProposalChain(proposal: "prop-code", in: Corpus(cards: cards)))
    let marked = chain.rows.filter(\.inferred).map { "\($0.depth) \($0.relation?.rawValue ?? "-") \($0.card.id)" }
    #expect(marked == ["2 concerns act-uz-old", "1 changes act-uz-new"])
  }

  @Test func onlyProposalsHaveChains() {
    #expect(ProposalChain(proposal: "def-scattered", in: corpus) == nil)
    #expect(ProposalChain(proposal: "prop-missing", in: corpus) == nil)
  }

  @Test func linksToMissingCardsAreLeftOut() throws {
    var cards = InsightFixture.cards
    cards.removeAll { $0.id == "ana-kr-act" }
    let chain = try #require(ProposalChain(proposal: "prop-code", in: Corpus(cards: cards)))
    #expect(chain.models.isEmpty)
    #expect(!chain.rows.contains { $0.relation == .modelledOn })
  }

  @Test func theOverviewFollowsTheArticleAndSortsByTopicAndReach() {
    let overview = ProposalOverview(corpus: corpus)
    #expect(overview.entries.map(\.proposal.id) == ["prop-code", "prop-eid"])
    #expect(overview.entries.map(\.articleNumber) == [1, 2])
    // legal-basis comes before digital-identity in the topic vocabulary.
    #expect(overview.sorted(by: .topic).map(\.proposal.id) == ["prop-code", "prop-eid"])
    #expect(overview.sorted(by: .reach).map(\.proposal.id) == ["prop-code", "prop-eid"])
    #expect(overview.sorted(by: .title).map(\.proposal.id) == ["prop-code", "prop-eid"])
    let groups = overview.groupedByTopic().map {
      "\($0.topic.rawValue): \($0.entries.map(\.proposal.id))"
    }
    #expect(
      groups == [
        "legal-basis: [\"prop-code\"]", "interoperability: [\"prop-code\"]",
        "digital-identity: [\"prop-eid\"]",
      ])
  }

  @Test func topicOrderBeatsArticleOrder() {
    // Give the first proposal a later topic: the topic sort must move it after the second.
    var cards = InsightFixture.cards
    let index = cards.firstIndex { $0.id == "prop-code" }!
    cards[index] = cards[index].with { $0.topics = [.accessAbroad] }
    let overview = ProposalOverview(corpus: Corpus(cards: cards))
    #expect(overview.sorted(by: .article).map(\.proposal.id) == ["prop-code", "prop-eid"])
    #expect(overview.sorted(by: .topic).map(\.proposal.id) == ["prop-eid", "prop-code"])
  }
}
