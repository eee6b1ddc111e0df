import Foundation
import Testing

@testable import QomusCore

/// Ranks the bundled content for the queries of `RelevanceCase.all` with the Qomus analyzer and with plain FTS5
/// `unicode61`, prints recall@3 and MRR of both, and requires recall@3 ≥ 0.95 from the analyzer.
@Suite("Search relevance on the bundled content")
struct RelevanceTests {
  static let contentDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("content")

  /// recall@3 and mean reciprocal rank over some cases.
  struct Score {
    var recall = 0.0
    var reciprocalRank = 0.0
    var count = 0

    mutating func add(ranked: [String], expected: [String]) {
      let top = Set(ranked.prefix(3))
      recall += Double(expected.filter(top.contains).count) / Double(expected.count)
      let first = ranked.firstIndex(where: expected.contains)
      reciprocalRank += first.map { 1.0 / Double($0 + 1) } ?? 0
      count += 1
    }

    var recallAt3: Double { count == 0 ? 0 : recall / Double(count) }
    var meanReciprocalRank: Double { count == 0 ? 0 : reciprocalRank / Double(count) }
  }

  @Test func analyzerFindsTheRightCardsAndBeatsUnicode61() throws {
    let corpus = ContentLoader.load(directory: Self.contentDirectory).corpus
    let engine = try SearchEngine(
      corpus: corpus, glossary: Glossary.bundled(in: Self.contentDirectory))
    let baseline = try Unicode61Search(corpus: corpus)
    let cases = RelevanceCase.all
    #expect(cases.count >= 60)

    var analyzer: [RelevanceCase.Category: Score] = [:]
    var plain: [RelevanceCase.Category: Score] = [:]
    var total = (analyzer: Score(), plain: Score())
    var misses: [String] = []
    for relevanceCase in cases {
      for id in relevanceCase.expected {
        #expect(corpus[id] != nil, "no card \(id) in the bundled content")
      }
      let options = SearchOptions(limit: 10, prefixLastWord: relevanceCase.category == .typing)
      let ranked = engine.search(relevanceCase.query, options: options).map(\.id)
      let plainRanked = baseline.search(relevanceCase.query, options: options)
      analyzer[relevanceCase.category, default: Score()].add(
        ranked: ranked, expected: relevanceCase.expected)
      plain[relevanceCase.category, default: Score()].add(
        ranked: plainRanked, expected: relevanceCase.expected)
      total.analyzer.add(ranked: ranked, expected: relevanceCase.expected)
      total.plain.add(ranked: plainRanked, expected: relevanceCase.expected)
      if !Set(ranked.prefix(3)).isSuperset(of: relevanceCase.expected) {
        misses.append("\(relevanceCase) → \(ranked.prefix(3).joined(separator: ", "))")
      }
    }

    func format(_ value: Double) -> String { String(format: "%.2f", value) }
    var report = ["RELEVANCE \(cases.count) queries on \(corpus.cards.count) cards"]
    report.append(
      "  | category | queries | Qomus recall@3 | Qomus MRR | unicode61 recall@3 | unicode61 MRR |")
    for category in RelevanceCase.Category.allCases {
      guard let score = analyzer[category], let base = plain[category] else { continue }
      report.append(
        "  | \(category.rawValue) | \(score.count) | \(format(score.recallAt3)) | \(format(score.meanReciprocalRank)) | \(format(base.recallAt3)) | \(format(base.meanReciprocalRank)) |"
      )
    }
    report.append(
      "  | all | \(total.analyzer.count) | \(format(total.analyzer.recallAt3)) | \(format(total.analyzer.meanReciprocalRank)) | \(format(total.plain.recallAt3)) | \(format(total.plain.meanReciprocalRank)) |"
    )
    report += misses.map { "  | miss: \($0)" }
    print(report.joined(separator: "\n"))

    #expect(
      total.analyzer.recallAt3 >= 0.95, "recall@3 \(total.analyzer.recallAt3); misses: \(misses)")
    #expect(total.analyzer.meanReciprocalRank > total.plain.meanReciprocalRank)
  }
}
