import Foundation
import Testing

@testable import QomusCore

@Suite("ZZExplore")
struct ZZExplore {
  @Test func dump() throws {
    let content = RelevanceTests.contentDirectory
    let corpus = ContentLoader.load(directory: content).corpus
    let engine = try SearchEngine(corpus: corpus, glossary: Glossary.bundled(in: content))
    for q in ["open data portal", "axborotlashtirish toʻgʻrisidagi qonun"] {
      print("Q", q)
      for hit in engine.search(q, options: SearchOptions(limit: 6)) {
        print("  ", hit.id, hit.language, String(format: "%.3f", hit.score), hit.snippet.marked().prefix(120))
      }
    }
    if let card = corpus["plat-uz-data-gov"] { print(card.title.en, "|", card.summary.en) }
  }
}
