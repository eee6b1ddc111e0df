import Foundation
import QomusCore

// qomus-bench: index build time and size, cached open time, query latency p50/p99 over a fixed mix, and peak
// memory, on the bundled corpus and synthetic corpora of 1k, 10k and 100k cards; the same queries on plain FTS5
// unicode61 and on a linear scan, as ratios. Prints a table and writes JSON.
//
//   swift run -c release qomus-bench [--sizes 1000,10000,100000] [--output bench.json] [--content DIR]
//     [--iterations N] [--skip-baselines] [--cache DIR] [--per-query]

let options = BenchOptions(CommandLine.arguments.dropFirst())
guard let contentDirectory = options.contentDirectory else {
  FileHandle.standardError.write(
    Data("qomus-bench: no content directory (pass --content DIR)\n".utf8))
  exit(1)
}
let load = ContentLoader.load(directory: contentDirectory)
let glossary = Glossary.bundled(in: contentDirectory)
let generator = SyntheticCorpus(bundled: load.corpus)
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
  "qomus-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: scratch) }

var results: [BenchResult] = []
print(
  "qomus-bench: \(load.corpus.cards.count) bundled cards, \(BenchQuery.mix.count) queries, release build"
)
for size in [0] + options.sizes {
  let corpus = size == 0 ? load.corpus : generator.corpus(count: size)
  let label = size == 0 ? "bundled" : "\(size)"
  FileHandle.standardError.write(Data("… \(label): \(corpus.cards.count) cards\n".utf8))
  let result = try BenchRun(
    label: label, corpus: corpus, glossary: glossary,
    cacheDirectory: (options.cacheDirectory ?? scratch).appendingPathComponent(label),
    iterations: options.iterations(for: corpus.cards.count), skipBaselines: options.skipBaselines,
    reuseIndex: options.cacheDirectory != nil
  ).run()
  results.append(result)
}
BenchReport(results: results).print(perQuery: options.perQuery)
let keystrokes = KeystrokeBench.run(corpus: load.corpus)
try? JSONSerialization.data(withJSONObject: keystrokes, options: [.prettyPrinted, .sortedKeys])
  .write(to: options.output.deletingPathExtension().appendingPathExtension("tui.json"))
try BenchReport(results: results).writeJSON(to: options.output)
print("\nJSON written to \(options.output.path)")
