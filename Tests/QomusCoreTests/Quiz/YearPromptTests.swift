import Foundation
import Testing

@testable import QomusCore

/// A year question says which date it means when the card has two.
@Suite("Year prompts")
struct YearPromptTests {
  func question(_ id: String, in cards: [Card]) -> QuizQuestion? {
    QuizGenerator(corpus: Corpus(cards: cards)).questions(seed: 5).first { $0.id == "year:\(id)" }
  }

  @Test func anActInForceInALaterYearIsAskedForItsAdoption() throws {
    var cards = QuizCorpusFixture.cards
    let index = try #require(cards.firstIndex { $0.id == "act-a" })
    cards[index] = cards[index].with { $0.inForce = PartialDate("2016-06-10") }  // adopted 2015-12-09
    let asked = try #require(question("act-a", in: cards))
    #expect(asked.prompt.en == "In which year was this adopted (not the year it entered into force)?")
    #expect(asked.prompt.uz == "Bu qaysi yilda qabul qilingan (kuchga kirgan yili emas)?")
    #expect(asked.answer.value == "2015")
    #expect(!asked.options.map(\.value).contains("2016"), "the other date is never offered")
    let plain = try #require(question("act-b", in: cards))
    #expect(plain.prompt.en == "In which year was this adopted?")
  }

  @Test func aTitleNamingAPlatformAndADocumentSaysTheDocument() throws {
    var cards = QuizCorpusFixture.cards
    let index = try #require(cards.firstIndex { $0.id == "ana-ee" })
    cards[index] = cards[index].with {
      $0.title = LocalizedText(
        uz: "Estoniya: “X-Road” integratsiya platformasi va maʼlumot almashish qatlami toʻgʻrisidagi nizom",
        en: "Estonia: the X-Road integration platform and the regulation on the data exchange layer")
    }
    let asked = try #require(question("ana-ee", in: cards))
    #expect(
      asked.prompt.en
        == "In which year was the document in this title adopted (not the year the platform was launched)?")
    #expect(asked.prompt.uz.contains("platforma ishga tushirilgan yili emas"))
  }

  @Test func theBundledPortalRegulationAndEGovernmentLawNameTheirDates() throws {
    let corpus = ContentLoader.load(
      directory: BundledContentTests.repository.appendingPathComponent("content")
    ).corpus
    let questions = QuizGenerator(corpus: corpus).questions(seed: 1)
    if let egov = questions.first(where: { $0.id == "year:act-uz-egov-law" }) {
      // adopted 2015-12-09, in force 2016-06-10 (content/cards/act/act-uz-egov-law.md)
      #expect(egov.prompt.en.contains("not the year it entered into force"))
      #expect(!egov.options.map(\.value).contains("2016"))
    }
    for question in questions where question.kind == .adoptionYear {
      let card = try #require(corpus[question.cardIDs[0]])
      if let inForce = card.inForce, inForce.year != card.adopted?.year {
        #expect(!question.prompt.en.hasSuffix("adopted?"), "\(question.id) must say which date")
      }
    }
  }
}
