import Testing

@testable import QomusCore

@Suite("Corpus validation and backlinks")
struct CorpusValidatorTests {
  private func card(
    _ id: String, _ kind: CardKind = .act, links: [CardLink] = [], file: String? = nil,
    sources: [CardSource] = [.section("Kirish")]
  ) -> Card {
    Card(
      id: id, kind: kind, jurisdiction: .UZ, title: LocalizedText(uz: id, en: id),
      summary: LocalizedText(uz: "s", en: "s"), body: LocalizedText(uz: "b", en: "b"),
      sources: sources, links: links, file: file ?? "cards/\(id).md")
  }

  @Test func duplicateIDsKeepTheFirstCard() {
    let (cards, diagnostics) = CorpusValidator.validate([
      card("act-a", file: "cards/act-a.md"), card("act-a", file: "cards/copy/act-a.md"),
    ])
    #expect(cards.map(\.file) == ["cards/act-a.md"])
    #expect(diagnostics.map(\.code) == [.duplicateID])
    #expect(diagnostics.first?.file == "cards/copy/act-a.md")
    #expect(diagnostics.first?.message.contains("cards/act-a.md") == true)
  }

  @Test func unknownLinkTargetsAreErrorsOnTheLinkLine() {
    let (_, diagnostics) = CorpusValidator.validate([
      card("act-a", links: [CardLink(relation: .seeAlso, target: "act-missing", line: 12)])
    ])
    #expect(diagnostics.map(\.code) == [.unknownLinkTarget])
    #expect(diagnostics.first?.line == 12)
    #expect(diagnostics.first?.severity == .error)
  }

  @Test func fileNamesMustMatchIDs() {
    let (_, diagnostics) = CorpusValidator.validate([card("act-a", file: "cards/act-b.md")])
    #expect(diagnostics.map(\.code) == [.fileNameMismatch])
  }

  @Test func selfLinksAndRepeatedLinksAreRedundant() {
    let links = [
      CardLink(relation: .seeAlso, target: "act-a"), CardLink(relation: .seeAlso, target: "act-b"),
      CardLink(relation: .seeAlso, target: "act-b"),
    ]
    let (_, diagnostics) = CorpusValidator.validate([card("act-a", links: links), card("act-b")])
    #expect(diagnostics.map(\.code) == [.redundantLink, .redundantLink])
  }

  @Test func kindsMissTheirExpectedLinks() {
    let (_, diagnostics) = CorpusValidator.validate([
      card("def-a", .deficiency), card("prop-a", .proposal), card("ana-a", .analogue),
    ])
    #expect(diagnostics.map(\.code) == Array(repeating: .missingExpectedLink, count: 4))
    #expect(diagnostics.allSatisfy { $0.severity == .warning })
  }

  @Test func backlinksAreComputedFromLinks() {
    let corpus = Corpus(cards: [
      card("act-a"),
      card("def-a", .deficiency, links: [CardLink(relation: .concerns, target: "act-a")]),
      card("prop-a", .proposal, links: [CardLink(relation: .addresses, target: "def-a")]),
    ])
    #expect(corpus.backlinks(to: "act-a") == [Backlink(relation: .concerns, source: "def-a")])
    #expect(corpus.backlinks(to: "def-a") == [Backlink(relation: .addresses, source: "prop-a")])
    #expect(corpus.backlinks(to: "prop-a").isEmpty)
    #expect(corpus.cards.map(\.kind) == [.act, .deficiency, .proposal])
  }

  /// act-new is on no article section (a url source only), so a claim-bearing link to it can only be Qomus's:
  /// unmarked, it is one Q016 error on its line; marked, or a see-also, it is fine.
  @Test func linksTheArticleCannotMakeMustBeMarkedInferred() {
    let proposal = card(
      "prop-a", .proposal,
      links: [
        CardLink(relation: .addresses, target: "def-a", line: 5),
        CardLink(relation: .modelledOn, target: "act-new", inferred: true, line: 6),
        CardLink(relation: .changes, target: "act-new", line: 7),
        CardLink(relation: .seeAlso, target: "act-new", line: 8),
      ])
    let deficiency = card(
      "def-a", .deficiency, links: [CardLink(relation: .concerns, target: "act-a", line: 4)])
    let (_, diagnostics) = CorpusValidator.validate([
      card("act-a"), card("act-new", sources: [.url("https://lex.uz/docs/1", label: nil)]),
      deficiency, proposal,
    ])
    #expect(
      diagnostics.map(\.description) == [
        "cards/prop-a.md:7: error: Q016 link 'changes' to 'act-new' cannot be the article's: the article never "
          + "mentions 'act-new' (no 'section:' source); mark it 'inferred: true'"
      ])
  }

  /// The source card reaches every card with a `section:` source through computed `cites` backlinks; a card on no
  /// section of the article is not among them.
  @Test func theSourceCardIsCitedByEveryCardDrawnFromTheArticle() {
    let corpus = Corpus(cards: [
      card("src-article", .source),
      card("act-a"),
      card("act-new", sources: [.url("https://lex.uz/docs/1", label: nil)]),
      card("def-a", .deficiency, links: [CardLink(relation: .concerns, target: "act-a")]),
      card(
        "prop-a", .proposal,
        links: [CardLink(relation: .modelledOn, target: "act-a", inferred: true)]),
    ])
    #expect(
      corpus.backlinks(to: "src-article") == [
        Backlink(relation: .cites, source: "act-a"), Backlink(relation: .cites, source: "def-a"),
        Backlink(relation: .cites, source: "prop-a"),
      ])
    #expect(
      corpus.backlinks(to: "act-a") == [
        Backlink(relation: .concerns, source: "def-a"),
        Backlink(relation: .modelledOn, source: "prop-a", inferred: true),
      ])
  }
}
