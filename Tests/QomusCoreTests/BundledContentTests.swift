import Foundation
import Testing

@testable import QomusCore

/// The bundled content/ is product: it must validate, hold every entity of the spec, and be bilingual.
@Suite("Bundled content")
struct BundledContentTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
  static let result = ContentLoader.load(directory: repository.appendingPathComponent("content"))

  /// `id → kind` from the spec's entity list (a copy kept among the fixtures).
  static let entities: [(id: String, kind: String)] = {
    let url = Bundle.module.url(forResource: "Fixtures/entities", withExtension: "tsv")!
    let text = try! String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n").dropFirst().map { line in
      let fields = line.split(separator: "\t")
      return (String(fields[0]), String(fields[1]))
    }
  }()

  @Test func validatesWithNoErrors() {
    let errors = Self.result.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
    #expect(Self.result.skippedFiles.isEmpty)
  }

  @Test func hasEveryEntityOfTheSpecWithItsKind() {
    #expect(Self.entities.count >= 47)
    for entity in Self.entities {
      let card = Self.result.corpus[entity.id]
      #expect(card != nil, "missing card \(entity.id)")
      #expect(card?.kind.rawValue == entity.kind, "\(entity.id) should be a \(entity.kind)")
    }
  }

  @Test func everyCardIsBilingualWithSubstance() {
    for card in Self.result.corpus.cards {
      for language in Language.allCases {
        #expect(!card.title[language].isEmpty, "\(card.id) has no \(language) title")
        #expect(!card.summary[language].isEmpty, "\(card.id) has no \(language) summary")
        let words = card.body[language].split(whereSeparator: \.isWhitespace).count
        #expect(words >= 80, "\(card.id) \(language) body has only \(words) words")
      }
      for note in card.notes {
        #expect(
          !note.text.uz.isEmpty && !note.text.en.isEmpty && !note.source.isEmpty, "\(card.id) note")
      }
    }
  }

  @Test func everyLinkResolves() {
    let corpus = Self.result.corpus
    for card in corpus.cards {
      for link in card.links {
        #expect(corpus[link.target] != nil, "\(card.id) → \(link.target)")
      }
    }
  }

  /// Deficiencies the article names but none of its five proposals takes up (the cards say so).
  static let unaddressedInTheArticle: Set<String> = [
    "def-weak-quality-oversight", "def-open-data-gap",
  ]

  @Test func theMapIsNavigable() {
    let corpus = Self.result.corpus
    for card in corpus.cards(of: .deficiency) {
      #expect(card.links.contains { $0.relation == .concerns }, "\(card.id) concerns no act")
      let addressed = corpus.backlinks(to: card.id).contains { $0.relation == .addresses }
      #expect(
        addressed != Self.unaddressedInTheArticle.contains(card.id),
        "\(card.id): addressed = \(addressed)")
    }
    for card in corpus.cards(of: .proposal) {
      #expect(card.links.contains { $0.relation == .addresses }, "\(card.id) addresses nothing")
      #expect(
        card.links.contains { $0.relation == .modelledOn }, "\(card.id) is modelled on nothing")
    }
    for card in corpus.cards(of: .analogue) {
      #expect(
        card.links.contains { $0.relation == .comparedWith }, "\(card.id) is compared with nothing")
    }
  }

  @Test func uzbekTextUsesOneApostropheConvention() {
    let codes = Self.result.diagnostics.map(\.code)
    #expect(!codes.contains(.mixedApostrophes))
    let uzbek = Self.result.corpus.cards.map { $0.title.uz + $0.summary.uz + $0.body.uz }.joined()
    #expect(uzbek.contains("ʻ"), "the content uses U+02BB for oʻ and gʻ")
  }
}
