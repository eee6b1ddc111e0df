import Foundation
import Testing

@testable import QomusCore

/// The bundled tours and matrix are product: they must validate and name only cards that exist.
@Suite("Bundled tours and matrix")
struct BundledCompanionTests {
  static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content")
  static let corpus = ContentLoader.load(directory: content).corpus
  static let files = CompanionFiles.load(directory: content, corpus: corpus)

  @Test func theyValidateWithNoProblemAndReferenceExistingCards() {
    #expect(
      Self.files.diagnostics.isEmpty,
      "\(Self.files.diagnostics.map(\.description).joined(separator: "\n"))")
    for tour in Self.files.tours {
      for stop in tour.stops { #expect(Self.corpus[stop.card] != nil, "\(tour.id) → \(stop.card)") }
    }
    for id in Self.files.matrix?.cardIDs ?? [] { #expect(Self.corpus[id] != nil, "matrix → \(id)") }
  }

  @Test func theGlossaryComesWithThem() {
    // The explorer's search widens queries with it, as `qomus search` does.
    #expect(Self.files.glossary.entries.count >= 60)
  }

  @Test func bothToursAreBundledWithBilingualNotesAtEveryStop() throws {
    #expect(
      Set(Self.files.tours.map(\.id)).isSuperset(of: [
        "article-in-ten-steps", "deficiency-to-proposal",
      ]))
    for tour in Self.files.tours {
      for language in Language.allCases {
        #expect(
          !tour.title[language].isEmpty && !tour.description[language].isEmpty,
          "\(tour.id) \(language)")
      }
      for stop in tour.stops {
        let note = try #require(stop.note, "\(tour.id) → \(stop.card) has no note")
        #expect(!note.uz.isEmpty && !note.en.isEmpty, "\(tour.id) → \(stop.card)")
      }
    }
  }

  @Test func theArticleInTenStepsWalksSourceActsModelsDeficienciesProposals() throws {
    let tour = try #require(Self.files.tour("article-in-ten-steps"))
    #expect(tour.stops.count == 10)
    let kinds = tour.stops.compactMap { Self.corpus[$0.card]?.kind }
    #expect(kinds.first == .source)
    // The kinds come in the article's order and never go back.
    let order: [CardKind] = [.source, .act, .analogue, .deficiency, .proposal]
    let ranks = kinds.map { order.firstIndex(of: $0) ?? -1 }
    #expect(ranks == ranks.sorted() && !ranks.contains(-1), "\(kinds)")
    #expect(Set(kinds) == Set(order))
  }

  @Test func eachProposalFollowsADeficiencyItAddressesAndPrecedesItsModel() throws {
    let tour = try #require(Self.files.tour("deficiency-to-proposal"))
    let cards = tour.stops.compactMap { Self.corpus[$0.card] }
    let proposals = cards.indices.filter { cards[$0].kind == .proposal }
    #expect(proposals.count == Self.corpus.cards(of: .proposal).count)
    for index in proposals {
      let proposal = cards[index]
      let before = cards[index - 1]
      let after = cards[index + 1]
      #expect(
        proposal.links.contains { $0.relation == .addresses && $0.target == before.id },
        "\(before.id) → \(proposal.id)")
      #expect(
        proposal.links.contains { $0.relation == .modelledOn && $0.target == after.id },
        "\(proposal.id) → \(after.id)")
    }
  }

  @Test func theMatrixHasTheTopicsAndJurisdictionsOfTheIssue() throws {
    let matrix = try #require(Self.files.matrix)
    #expect(Array(matrix.columns.prefix(5)) == [.UZ, .EE, .KR, .US, .RU])
    #expect(
      matrix.rows.map(\.id) == [
        "legal-basis", "mandatory-e-services", "information-security", "personal-data",
        "digital-identity",
        "open-data", "interoperability", "oversight-body",
      ])
    for row in matrix.rows {
      #expect(row.cells[.UZ] != nil, "\(row.id) has no Uzbek cell")
      for (column, cell) in row.cells {
        for language in Language.allCases {
          #expect(
            !cell.label[language].isEmpty && !cell.status[language].isEmpty, "\(row.id) × \(column)"
          )
          #expect(
            !cell.status[language].contains("\n"), "\(row.id) × \(column): the status is one line")
        }
        if let id = cell.card, let card = Self.corpus[id] {
          #expect(
            card.jurisdiction == column || card.kind == .deficiency,
            "\(row.id) × \(column) opens \(id)")
        }
      }
    }
  }
}
