import Foundation
import SearchBaselines
import Testing

@testable import QomusCore

/// Ranks the bundled content for the queries of `RelevanceCase.all` with Qomus and with plain FTS5 `unicode61`,
/// the words AND-ed and OR-ed, and prints recall@3 and MRR of the three per category. Requires recall@3 ≥ 0.98 from
/// Qomus overall, no category below the OR baseline, and each exact title's card first.
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

  /// The three systems compared.
  enum System: CaseIterable {
    case qomus, and, or
  }

  @Test func qomusFindsTheRightCardsAndBeatsPlainFTS5() throws {
    let corpus = ContentLoader.load(directory: Self.contentDirectory).corpus
    let engine = try SearchEngine(
      corpus: corpus, glossary: Glossary.bundled(in: Self.contentDirectory))
    let baseline = try Unicode61Search(corpus: corpus)
    let cases = RelevanceCase.all
    #expect(cases.count >= 160)
    #expect(RelevanceCase.questions.count >= 60)

    var scores: [System: [RelevanceCase.Category: Score]] = [:]
    var totals: [System: Score] = [:]
    var misses: [String] = []
    for relevanceCase in cases {
      for id in relevanceCase.expected {
        #expect(corpus[id] != nil, "no card \(id) in the bundled content")
      }
      let options = SearchOptions(limit: 10, prefixLastWord: relevanceCase.category == .typing)
      let ranked: [System: [String]] = [
        .qomus: engine.search(relevanceCase.query, options: options).map(\.id),
        .and: baseline.search(relevanceCase.query, options: options),
        .or: baseline.search(relevanceCase.query, options: options, anyWord: true),
      ]
      for (system, ids) in ranked {
        scores[system, default: [:]][relevanceCase.category, default: Score()].add(
          ranked: ids, expected: relevanceCase.expected)
        totals[system, default: Score()].add(ranked: ids, expected: relevanceCase.expected)
      }
      let qomus = ranked[.qomus] ?? []
      if ProcessInfo.processInfo.environment["QOMUS_RELEVANCE_DEBUG"] != nil,
        qomus.first != relevanceCase.expected.first
      {
        print(
          "DEBUG \(relevanceCase)\n   qomus: \(qomus.prefix(4))\n   or: \((ranked[.or] ?? []).prefix(4))")
      }
      if !Set(qomus.prefix(3)).isSuperset(of: relevanceCase.expected) {
        misses.append("\(relevanceCase) → \(qomus.prefix(3).joined(separator: ", "))")
      }
      if relevanceCase.category == .titles {
        #expect(
          qomus.first == relevanceCase.expected.first,
          "the title's card first: \(relevanceCase) → \(qomus.prefix(3))")
      }
    }

    func format(_ value: Double) -> String { String(format: "%.2f", value) }
    func cells(_ score: Score?) -> String {
      score.map { "\(format($0.recallAt3)) | \(format($0.meanReciprocalRank))" } ?? "– | –"
    }
    var report = ["RELEVANCE \(cases.count) queries on \(corpus.cards.count) cards"]
    report.append(
      "  | category | queries | Qomus recall@3 | Qomus MRR | FTS5 AND recall@3 | FTS5 AND MRR | FTS5 OR recall@3 | FTS5 OR MRR |"
    )
    report.append("  |---|---|---|---|---|---|---|---|")
    for category in RelevanceCase.Category.allCases {
      guard let score = scores[.qomus]?[category] else { continue }
      report.append(
        "  | \(category.rawValue) | \(score.count) | \(cells(score)) | \(cells(scores[.and]?[category])) | \(cells(scores[.or]?[category])) |"
      )
      let or = scores[.or]?[category] ?? Score()
      #expect(
        score.recallAt3 + 1e-9 >= or.recallAt3,
        "\(category.rawValue): Qomus recall@3 \(format(score.recallAt3)) below FTS5 OR \(format(or.recallAt3))")
    }
    report.append(
      "  | **all** | **\(cases.count)** | \(cells(totals[.qomus])) | \(cells(totals[.and])) | \(cells(totals[.or])) |"
    )
    report += misses.map { "  | miss: \($0)" }
    print(report.joined(separator: "\n"))

    let total = totals[.qomus] ?? Score()
    #expect(total.recallAt3 >= 0.98, "recall@3 \(total.recallAt3); misses: \(misses)")
  }
}
