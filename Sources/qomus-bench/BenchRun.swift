import Foundation
import QomusCore
import SearchBaselines

/// The measurements on one corpus.
struct BenchResult: Codable {
  struct Latency: Codable {
    var p50Milliseconds: Double
    var p99Milliseconds: Double
    var p50ByCategory: [String: Double]
    /// Each query's p50 and p99, keyed `category: text`.
    var p50ByQuery: [String: Double]
    var p99ByQuery: [String: Double]
    var samples: Int
  }

  var corpus: String
  var cards: Int
  var buildSeconds: Double
  /// The index came from `--cache` (built by an earlier run), so `buildSeconds` is an open, not a build.
  var indexReused: Bool
  var indexMiB: Double
  var cachedOpenMilliseconds: Double
  var qomus: Latency
  var unicode61: Latency
  var linearScan: Latency
  var unicode61BuildSeconds: Double
  /// Peak resident memory of the process after this corpus, in MiB (it only grows).
  var peakMemoryMiB: Double

  var unicode61Ratio: Double { unicode61.p50Milliseconds / max(qomus.p50Milliseconds, 1e-9) }
  var linearRatio: Double { linearScan.p50Milliseconds / max(qomus.p50Milliseconds, 1e-9) }
}

/// Builds, reopens and queries the index of one corpus, and the two baselines.
struct BenchRun {
  var label: String
  var corpus: Corpus
  var glossary: Glossary
  var cacheDirectory: URL
  var iterations: Int
  var skipBaselines = false
  /// Whether an index already in `cacheDirectory` may be reused.
  var reuseIndex = false

  func run() throws -> BenchResult {
    let (buildSeconds, built) = try Measure.time {
      try SearchEngine(corpus: corpus, cacheDirectory: cacheDirectory, glossary: glossary)
    }
    precondition(
      built.indexOrigin == .built || (reuseIndex && built.indexOrigin == .cache),
      "the index was not built into the cache")
    let indexFiles =
      (try? FileManager.default.contentsOfDirectory(
        at: cacheDirectory, includingPropertiesForKeys: nil)) ?? []
    let indexMiB = indexFiles.map(Measure.fileSizeMiB).reduce(0, +)
    var openTimes: [Double] = []
    var engine = built
    for _ in 0..<5 {
      let (seconds, reopened) = try Measure.time {
        try SearchEngine(corpus: corpus, cacheDirectory: cacheDirectory, glossary: glossary)
      }
      precondition(reopened.indexOrigin == .cache, "the cached index was not reused")
      openTimes.append(seconds)
      engine = reopened
    }
    let qomus = latency(iterations) { query in
      engine.search(query.text, options: SearchOptions(prefixLastWord: query.typing)).count
    }
    let (unicode61BuildSeconds, baseline) =
      skipBaselines ? (0, nil) : try Measure.time { try Unicode61Search(corpus: corpus) }
    let unicode61 = latency(skipBaselines ? 0 : iterations) { query in
      baseline?.search(query.text, options: SearchOptions(prefixLastWord: query.typing)).count ?? 0
    }
    let scan = skipBaselines ? nil : LinearScanSearch(corpus: corpus)
    let linear = latency(skipBaselines ? 0 : max(iterations / 10, 2)) { query in
      scan?.search(query.text).count ?? 0
    }
    return BenchResult(
      corpus: label, cards: corpus.cards.count, buildSeconds: buildSeconds,
      indexReused: built.indexOrigin == .cache, indexMiB: indexMiB,
      cachedOpenMilliseconds: Measure.percentile(openTimes, 0.5) * 1000, qomus: qomus,
      unicode61: unicode61,
      linearScan: linear, unicode61BuildSeconds: unicode61BuildSeconds,
      peakMemoryMiB: Measure.peakMemoryMiB())
  }

  /// Runs the query mix once to warm up, then `iterations` times, timing every query.
  private func latency(_ iterations: Int, _ search: (BenchQuery) -> Int) -> BenchResult.Latency {
    if iterations > 0 {
      for query in BenchQuery.mix { _ = search(query) }
    }
    var all: [Double] = []
    var byCategory: [String: [Double]] = [:]
    var byQuery: [String: [Double]] = [:]
    for _ in 0..<iterations {
      for query in BenchQuery.mix {
        let (seconds, _) = Measure.time { search(query) }
        all.append(seconds * 1000)
        byCategory[query.category, default: []].append(seconds * 1000)
        byQuery[query.label, default: []].append(seconds * 1000)
      }
    }
    return BenchResult.Latency(
      p50Milliseconds: Measure.percentile(all, 0.5), p99Milliseconds: Measure.percentile(all, 0.99),
      p50ByCategory: byCategory.mapValues { Measure.percentile($0, 0.5) },
      p50ByQuery: byQuery.mapValues { Measure.percentile($0, 0.5) },
      p99ByQuery: byQuery.mapValues { Measure.percentile($0, 0.99) }, samples: all.count)
  }
}
