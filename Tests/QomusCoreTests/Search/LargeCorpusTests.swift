import Testing

@testable import QomusCore

/// A corpus past `SearchEngine.largeCorpus`, where ranking goes field by field.
@Suite("Search on a large corpus")
struct LargeCorpusTests {
  static let corpus: Corpus = {
    var cards: [Card] = []
    for index in 0..<SearchEngine.largeCorpus {
      let inTitle = index % 1_000 == 7
      let text = index % 3 == 0 ? "elektron xizmat va davlat hujjati" : "qonun va tartib"
      cards.append(
        SearchTestCorpus.card(
          String(format: "card-%05d", index), index % 2 == 0 ? .deficiency : .proposal,
          uz: (inTitle ? "Elektron xizmat haqida" : "Karta \(index)", "Qisqa mazmun.", text),
          en: ("Card \(index)", "A short summary.", "Body text.")))
    }
    return Corpus(cards: cards)
  }()

  @Test func titleMatchesComeFirstAndBodiesFillTheRest() throws {
    let engine = try SearchEngine(corpus: Self.corpus)
    let hits = engine.search("elektron xizmat", options: SearchOptions(limit: 3))
    // Five titles match: with a limit of 3 only title matches are ranked.
    #expect(hits.count == 3)
    #expect(hits.allSatisfy { $0.title.uz.hasPrefix("Elektron") })
    // With a limit beyond the five titles, body matches follow.
    let more = engine.search("elektron xizmat", options: SearchOptions(limit: 10))
    #expect(more.count == 10)
    #expect(more.prefix(5).allSatisfy { $0.title.uz.hasPrefix("Elektron") })
    #expect(more.dropFirst(5).allSatisfy { !$0.title.uz.hasPrefix("Elektron") })
    #expect(
      more.dropFirst(5).allSatisfy {
        $0.snippet.marked().contains("[elektron xizmat]")
          || $0.snippet.marked().contains("[elektron] [xizmat]")
      })
  }

  @Test func filtersApplyInEveryPass() throws {
    let engine = try SearchEngine(corpus: Self.corpus)
    // Titles match at 7, 1007, 2007, 3007, 4007: all odd, so all proposals.
    let proposals = engine.search("elektron xizmat kind:proposal", options: SearchOptions(limit: 8))
    #expect(proposals.count == 8)
    #expect(proposals.allSatisfy { $0.kind == .proposal })
    #expect(proposals.prefix(5).allSatisfy { $0.title.uz.hasPrefix("Elektron") })
    // No deficiency has the words in its title: they come from the full pass alone.
    let deficiencies = engine.search(
      "elektron xizmat kind:deficiency", options: SearchOptions(limit: 8))
    #expect(deficiencies.count == 8)
    #expect(
      deficiencies.allSatisfy { $0.kind == .deficiency && !$0.title.uz.hasPrefix("Elektron") })
    #expect(engine.search("elektron kind:platform").isEmpty)
  }
}
