import QomusCore
import Testing

@testable import QomusTUI

/// The card view marks a link that is Qomus's inference, on the card it starts from and as a backlink.
@Suite("Inferred links in the card view")
struct InferredLinkTests {
  private func card(_ id: String, _ kind: CardKind, links: [CardLink] = []) -> Card {
    Card(
      id: id, kind: kind, jurisdiction: .UZ, title: LocalizedText(uz: id, en: id),
      summary: LocalizedText(uz: "s", en: "s"), body: LocalizedText(uz: "b", en: "b"),
      sources: [.section("Kirish")], links: links)
  }

  private func text(of id: String, in catalog: Catalog) throws -> [String] {
    let builder = CardDocumentBuilder(catalog: catalog, language: .english)
    let document = builder.build(try #require(catalog.corpus[id]), width: 80)
    return document.lines.map { line in line.map(\.text).joined() }
  }

  @Test func anInferredLinkIsMarkedBothWays() throws {
    let catalog = Catalog(
      corpus: Corpus(cards: [
        card("act-a", .act), card("act-b", .act),
        card(
          "prop-a", .proposal,
          links: [
            CardLink(relation: .changes, target: "act-a", inferred: true),
            CardLink(relation: .changes, target: "act-b"),
          ]),
      ]))
    let proposal = try text(of: "prop-a", in: catalog)
    #expect(proposal.contains("  ▸ act-a UZ · Qomus’s inference"), "\(proposal)")
    #expect(proposal.contains("  ▸ act-b UZ"))
    let act = try text(of: "act-a", in: catalog)
    #expect(act.contains("  ▸ prop-a UZ · Qomus’s inference"), "\(act)")
  }
}
