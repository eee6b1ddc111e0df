import Foundation

/// The benchmark's command line: `--sizes`, `--output`, `--content`, `--iterations`, `--skip-baselines`, `--cache`,
/// `--per-query`.
struct BenchOptions {
  var sizes = [1_000, 10_000, 100_000]
  var output = URL(fileURLWithPath: "qomus-bench.json")
  var contentDirectory: URL?
  /// Iterations of the query mix; by default fewer on bigger corpora.
  var fixedIterations: Int?
  /// Skip the unicode61 and linear-scan baselines (for profiling the engine alone).
  var skipBaselines = false
  /// Keep the index files here between runs instead of in a scratch directory (a reused index skips the build).
  var cacheDirectory: URL?
  /// Print every query's p50 and p99, not only the categories'.
  var perQuery = false

  init<Arguments: Sequence>(_ arguments: Arguments) where Arguments.Element == String {
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
      switch argument {
      case "--sizes":
        sizes = (iterator.next() ?? "").split(separator: ",").compactMap { Int($0) }
      case "--output":
        if let path = iterator.next() { output = URL(fileURLWithPath: path) }
      case "--content":
        if let path = iterator.next() { contentDirectory = URL(fileURLWithPath: path) }
      case "--skip-baselines":
        skipBaselines = true
      case "--cache":
        if let path = iterator.next() { cacheDirectory = URL(fileURLWithPath: path) }
      case "--per-query":
        perQuery = true
      case "--iterations":
        fixedIterations = iterator.next().flatMap { Int($0) }
      default:
        FileHandle.standardError.write(Data("qomus-bench: ignoring \(argument)\n".utf8))
      }
    }
    if contentDirectory == nil {
      let environment = ProcessInfo.processInfo.environment["QOMUS_CONTENT"].map {
        URL(fileURLWithPath: $0)
      }
      let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content")
      let working = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        .appendingPathComponent("content")
      contentDirectory = [environment, working, checkout].compactMap { $0 }.first {
        FileManager.default.fileExists(atPath: $0.appendingPathComponent("cards").path)
      }
    }
  }

  func iterations(for cards: Int) -> Int {
    if let fixedIterations { return fixedIterations }
    switch cards {
    case ..<1_000: return 200
    case ..<10_000: return 100
    case ..<100_000: return 30
    default: return 10
    }
  }
}
