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
    Swift.print(markdownTable(rows))
    let categories = Array(Set(results.flatMap { $0.qomus.p50ByCategory.keys })).sorted()
    var categoryRows = [["corpus"] + categories.map { "\($0) p50 ms" }]
    for result in results {
      categoryRows.append(
        [result.corpus] + categories.map { cell(result.qomus.p50ByCategory[$0] ?? 0, 3) })
    }
    Swift.print("\nQomus p50 by query kind:\n" + markdownTable(categoryRows))
    guard perQuery else { return }
    for result in results {
      var queryRows = [["query (\(result.corpus))", "p50 ms", "p99 ms"]]
      for query in BenchQuery.mix {
        queryRows.append([
          query.label, cell(result.qomus.p50ByQuery[query.label] ?? 0, 3),
          cell(result.qomus.p99ByQuery[query.label] ?? 0, 3),
        ])
      }
      Swift.print("\n" + markdownTable(queryRows))
    }
  }

  private func markdownTable(_ rows: [[String]]) -> String {
    let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
    func line(_ row: [String]) -> String {
      "| "
        + row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
        .joined(separator: " | ") + " |"
    }
    let separator =
      "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"
    return ([line(rows[0]), separator] + rows.dropFirst().map(line)).joined(separator: "\n")
  }

  func writeJSON(to url: URL) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    struct Document: Encodable {
      var queries: [String]
      var results: [BenchResult]
    }
    let document = Document(
      queries: BenchQuery.mix.map { "\($0.category): \($0.text)" }, results: results)
    try encoder.encode(document).write(to: url)
  }
}
