import Foundation
import Testing

@testable import QomusCore

@Suite("ZZExplore")
struct ZZExplore {
  @Test func dump() throws {
    let content = RelevanceTests.contentDirectory
    var t = Date()
    func lap(_ s: String) { print("T", s, String(format: "%.3f", Date().timeIntervalSince(t))); t = Date() }
    let corpus = ContentLoader.load(directory: content).corpus
    lap("load")
    let glossary = Glossary.bundled(in: content)
    lap("glossary")
    let engine = try SearchEngine(corpus: corpus, glossary: glossary)
    lap("engine")
    for q in ["open data portal", "Gosusulgi", "elektron hukumat"] {
      print("Q", q)
      let hits = engine.search(q, options: SearchOptions(limit: 6))
      lap("search")
      for hit in hits {
        print("  ", hit.id, hit.language, String(format: "%.3f", hit.score), hit.snippet.marked().prefix(120))
      }
    }
    _ = engine.search("open data portal", options: SearchOptions(limit: 20))
    lap("search20")
  }
}
