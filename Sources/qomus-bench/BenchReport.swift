import Foundation

/// The benchmark's table and JSON.
struct BenchReport {
  var results: [BenchResult]

  func print(perQuery: Bool = false) {
    func cell(_ value: Double, _ digits: Int = 2) -> String {
      String(format: "%.\(digits)f", value)
    }
    let header = [
      "corpus", "cards", "build s", "index MiB", "cached open ms", "p50 ms", "p99 ms",
      "unicode61 p50 ms",
      "linear p50 ms", "unicode61 ×", "linear ×", "peak MiB",
    ]
    var rows = [header]
    for result in results {
      rows.append([
        result.corpus, String(result.cards),
        cell(result.buildSeconds) + (result.indexReused ? " (open)" : ""), cell(result.indexMiB, 1),
        cell(result.cachedOpenMilliseconds, 1), cell(result.qomus.p50Milliseconds, 3),
        cell(result.qomus.p99Milliseconds, 3), cell(result.unicode61.p50Milliseconds, 3),
        cell(result.linearScan.p50Milliseconds, 2), cell(result.unicode61Ratio),
        cell(result.linearRatio, 1),
        cell(result.peakMemoryMiB, 0),
      ])
    }
    Swift.print(MarkdownTable.render(rows))
    let categories = Array(Set(results.flatMap { $0.qomus.p50ByCategory.keys })).sorted()
    var categoryRows = [["corpus"] + categories.map { "\($0) p50 ms" }]
    for result in results {
      categoryRows.append(
        [result.corpus] + categories.map { cell(result.qomus.p50ByCategory[$0] ?? 0, 3) })
    }
    Swift.print("\nQomus p50 by query kind:\n" + MarkdownTable.render(categoryRows))
    guard perQuery else { return }
    for result in results {
      var queryRows = [["query (\(result.corpus))", "p50 ms", "p99 ms"]]
      for query in BenchQuery.mix {
        queryRows.append([
          query.label, cell(result.qomus.p50ByQuery[query.label] ?? 0, 3),
          cell(result.qomus.p99ByQuery[query.label] ?? 0, 3),
        ])
      }
      Swift.print("\n" + MarkdownTable.render(queryRows))
    }
  }

}
