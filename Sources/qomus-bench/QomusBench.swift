import ArgumentParser
import Foundation
import QomusCore

/// `qomus-bench`: what the user waits for, and what the search engine does.
///
/// 1. Whole processes on real files (`ProcessBench`): the corpora written to disk as card files, and the `qomus`
///    binary beside this one timed on them (`list`, `search`, the explorer's first frame in a pseudo-terminal, cold
///    and warm, peak memory) next to `grep -rli`, `less` and `qomus --version` in the same run, with ratios.
/// 2. The loader in process (`LoaderBench`): microseconds per card, parsing every file and through a warm snapshot.
/// 3. The search engine in process (`BenchRun`): index build, size, cached open, query latency p50/p99 over a fixed
///    mix, next to plain FTS5 unicode61 and a linear scan.
/// 4. The explorer's keystrokes (`KeystrokeBench`), written to `<output>.tui.json`.
@main
struct QomusBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "qomus-bench",
    abstract: "Benchmark Qomus: whole processes next to grep/less, the loader, search, the explorer's keys.")

  @Option(help: "Synthetic corpus sizes, comma-separated (empty: the bundled content only).")
  var sizes = "1000,10000,100000"

  @Option(help: "The JSON report; the keystroke figures go to <name>.tui.json beside it.")
  var output = "qomus-bench.json"

  @Option(help: "The bundled content directory (default: $QOMUS_CONTENT, ./content, the checkout's).")
  var content: String?

  @Option(help: "Iterations of the query mix (default: fewer on bigger corpora).")
  var iterations: Int?

  @Flag(help: "Skip the unicode61 and linear-scan search baselines.")
  var skipBaselines = false

  @Option(help: "Keep search indexes here between runs (a reused index is only opened).")
  var cache: String?

  @Flag(help: "Print every query's p50 and p99.")
  var perQuery = false

  @Option(help: "Runs of each warm whole-process measurement (the median is reported).")
  var runs = 5

  @Option(help: "The qomus binary to time (default: the one beside qomus-bench).")
  var qomus: String?

  @Flag(help: "Skip the whole-process measurements.")
  var skipProcesses = false

  @Flag(help: "Skip the in-process search measurements (index build, query latency).")
  var skipSearch = false

  @Option(
    help: "Write the synthetic corpora here (content-<size>) and keep them; a corpus already there is reused.")
  var corpora: String?

  func run() throws {
    guard let contentDirectory = locateContent() else {
      throw ValidationError("no content directory (pass --content DIR)")
    }
    let sizeList = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    let outputURL = URL(fileURLWithPath: output)
    let load = ContentLoader.load(directory: contentDirectory)
    let glossary = Glossary.bundled(in: contentDirectory)
    let generator = SyntheticCorpus(bundled: load.corpus)
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("qomus-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: scratch) }
    print("qomus-bench: \(load.corpus.cards.count) bundled cards, release build")

    // The corpora as content directories on disk.
    var directories: [(label: String, url: URL, cards: Int)] = [
      ("bundled", contentDirectory, load.corpus.cards.count)
    ]
    let corporaRoot = corpora.map { URL(fileURLWithPath: $0) } ?? scratch
    for size in sizeList {
      let directory = corporaRoot.appendingPathComponent("content-\(size)")
      let done = directory.appendingPathComponent(".complete")
      if corpora == nil || !FileManager.default.fileExists(atPath: done.path) {
        FileHandle.standardError.write(Data("… writing \(size) card files\n".utf8))
        let cards = generator.corpus(count: size).cards
        try CorpusFiles.write(cards, bundledContent: contentDirectory, to: directory)
        FileManager.default.createFile(atPath: done.path, contents: nil)
      }
      directories.append(("\(size)", directory, size))
    }

    var report = BenchDocument()
    if !skipProcesses, let binary = qomusBinary() {
      let bench = ProcessBench(qomus: binary, scratch: scratch.appendingPathComponent("processes"), runs: runs)
      let firstCard = load.corpus.cards.first { !$0.file.isEmpty }?.file ?? ""
      let references = try bench.references(card: firstCard)
      var figures: [ProcessBench.Figures] = []
      for directory in directories {
        figures.append(try bench.measure(label: directory.label, content: directory.url, cards: directory.cards))
      }
      let processes = ProcessBench.Report(
        versionMs: references.versionMs, lessMs: references.lessMs, query: bench.query, corpora: figures)
      ProcessReport(report: processes).print()
      report.processes = processes
    } else if !skipProcesses {
      print("\n(no qomus binary beside qomus-bench: build it with `swift build -c release`; processes skipped)")
    }

    report.loader = directories.map { LoaderBench.measure(label: $0.label, content: $0.url, cards: $0.cards) }
    LoaderBench.print(report.loader)

    if !skipSearch {
      var results: [BenchResult] = []
      for size in [0] + sizeList {
        let corpus = size == 0 ? load.corpus : generator.corpus(count: size)
        let label = size == 0 ? "bundled" : "\(size)"
        FileHandle.standardError.write(Data("… search, \(label): \(corpus.cards.count) cards\n".utf8))
        let cacheRoot = cache.map { URL(fileURLWithPath: $0) } ?? scratch.appendingPathComponent("search")
        results.append(
          try BenchRun(
            label: label, corpus: corpus, glossary: glossary,
            cacheDirectory: cacheRoot.appendingPathComponent(label),
            iterations: iterations(for: corpus.cards.count), skipBaselines: skipBaselines,
            reuseIndex: cache != nil
          ).run())
      }
      BenchReport(results: results).print(perQuery: perQuery)
      report.search = results
    }

    let keystrokes = KeystrokeBench.run(corpus: load.corpus)
    try? JSONSerialization.data(withJSONObject: keystrokes, options: [.prettyPrinted, .sortedKeys])
      .write(to: outputURL.deletingPathExtension().appendingPathExtension("tui.json"))
    try report.write(to: outputURL)
    print("\nJSON written to \(outputURL.path)")
  }

  private func iterations(for cards: Int) -> Int {
    if let iterations { return iterations }
    switch cards {
    case ..<1_000: return 200
    case ..<10_000: return 100
    case ..<100_000: return 30
    default: return 10
    }
  }

  private func locateContent() -> URL? {
    if let content { return URL(fileURLWithPath: content) }
    let environment = ProcessInfo.processInfo.environment["QOMUS_CONTENT"].map { URL(fileURLWithPath: $0) }
    let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("content")
    let working = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      .appendingPathComponent("content")
    return [environment, working, checkout].compactMap { $0 }.first {
      FileManager.default.fileExists(atPath: $0.appendingPathComponent("cards").path)
    }
  }

  private func qomusBinary() -> String? {
    if let qomus { return qomus }
    let beside = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("qomus").path
    return beside.flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }
  }
}

/// The JSON report: whole processes, the loader, search (the keystrokes go to their own file).
struct BenchDocument: Encodable {
  var processes: ProcessBench.Report?
  var loader: [LoaderBench.Figures] = []
  var search: [BenchResult] = []

  func write(to url: URL) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    struct Document: Encodable {
      var queries: [String]
      var processes: ProcessBench.Report?
      var loader: [LoaderBench.Figures]
      var results: [BenchResult]
    }
    try encoder.encode(
      Document(
        queries: BenchQuery.mix.map { "\($0.category): \($0.text)" }, processes: processes, loader: loader,
        results: search)
    ).write(to: url)
  }
}
