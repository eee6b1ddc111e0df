import Foundation
import Testing

@testable import QomusCore

@Suite("ZZExplore")
struct ZZExplore {
  @Test func dumpStems() throws {
    let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content")
    let corpus = ContentLoader.load(directory: content).corpus
    var counts: [String: Int] = [:]
    for card in corpus.cards {
      for text in [card.title.uz, card.summary.uz, card.body.uz] {
        for group in Analyzer.uzbek.wordGroups(text) { for term in group { counts[term.surface + " → " + term.stem, default: 0] += 1 } }
      }
    }
    let lines = counts.sorted { $0.value > $1.value }.map { "\($0.value)\t\($0.key)" }
    try lines.joined(separator: "\n").write(toFile: "/tmp/qomus-stems.txt", atomically: true, encoding: .utf8)
  }
}
