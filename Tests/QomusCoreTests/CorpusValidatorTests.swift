import Testing

@testable import QomusCore

@Suite("Corpus validation and backlinks")
struct CorpusValidatorTests {
  private func card(
    _ id: String, _ kind: CardKind = .act, links: [CardLink] = [], file: String? = nil
  ) -> Card {
    Card(
      id: id, kind: kind, jurisdiction: .UZ, title: LocalizedText(uz: id, en: id),
      summary: LocalizedText(uz: "s", en: "s"), body: LocalizedText(uz: "b", en: "b"),
      sources: [.section("Kirish")], links: links, file: file ?? "cards/\(id).md")
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
}
