import Foundation
import QomusCore

/// The loader in process, on the card files on disk: parsing each file on one core, a cold load (every file read
/// and parsed on all cores, the content snapshot written) and a warm load (nothing changed: the snapshot read,
/// no card file opened), in microseconds per card.
enum LoaderBench {
  struct Figures: Codable {
    var corpus: String
    var cards: Int
    /// Reading and parsing one file after another, on one core.
    var parseMicrosecondsPerCard: Double
    /// A first load: every file read and parsed in parallel, written to a new snapshot.
    var coldMicrosecondsPerCard: Double
    /// A load with nothing changed: the snapshot decoded, every file's size and time checked.
    var warmMicrosecondsPerCard: Double
    var warmMilliseconds: Double
  }

  static func measure(label: String, content: URL, cards: Int) -> Figures {
    FileHandle.standardError.write(Data("… loader, \(label)\n".utf8))
    let files = cardFiles(in: content.appendingPathComponent("cards"))
    let repeats = cards >= 50_000 ? 1 : 3
    var parse: [Double] = []
    for _ in 0..<repeats {
      let (seconds, _) = Measure.time {
        files.map { file in
          let text = FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) }
          return CardParser.parse(text ?? "", file: file).card != nil
        }
      }
      parse.append(seconds)
    }
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent(
      "qomus-bench-loader-\(getpid())")
    defer { try? FileManager.default.removeItem(at: cache) }
    let (cold, _) = Measure.time { ContentLoader.load(directory: content, cacheDirectory: cache) }
    var warm: [Double] = []
    for _ in 0..<max(repeats, 3) {
      let (seconds, result) = Measure.time { ContentLoader.load(directory: content, cacheDirectory: cache) }
      precondition(result.filesRead == 0 || warm.isEmpty, "the warm load read card files")
      warm.append(seconds)
    }
    let count = Double(max(files.count, 1))
    let warmSeconds = Measure.percentile(warm, 0.5)
    return Figures(
      corpus: label, cards: cards, parseMicrosecondsPerCard: Measure.percentile(parse, 0.5) * 1e6 / count,
      coldMicrosecondsPerCard: cold * 1e6 / count, warmMicrosecondsPerCard: warmSeconds * 1e6 / count,
      warmMilliseconds: warmSeconds * 1000)
  }

  /// The paths of the `*.md` files under `directory`.
  private static func cardFiles(in directory: URL) -> [String] {
    let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
    var files: [String] = []
    while let url = enumerator?.nextObject() as? URL {
      if url.pathExtension == "md" { files.append(url.path) }
    }
    return files
  }

  static func print(_ figures: [Figures]) {
    Swift.print("\nLoader, in process (µs per card; cold = all files parsed on all cores + snapshot written):")
    var rows = [["corpus", "cards", "parse µs/card (1 core)", "cold µs/card", "warm µs/card", "warm ms"]]
    for figure in figures {
      rows.append([
        figure.corpus, String(figure.cards), String(format: "%.1f", figure.parseMicrosecondsPerCard),
        String(format: "%.1f", figure.coldMicrosecondsPerCard),
        String(format: "%.2f", figure.warmMicrosecondsPerCard), String(format: "%.1f", figure.warmMilliseconds),
      ])
    }
    Swift.print(MarkdownTable.render(rows))
  }
}
