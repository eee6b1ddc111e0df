import Foundation

/// The outcome of loading a content directory: every card that could be read, and every problem found.
public struct LoadResult: Sendable {
  public var corpus: Corpus
  public var diagnostics: [Diagnostic]
  /// The files that yielded no card.
  public var skippedFiles: [String]
  /// How many card files were read (all of them without a snapshot; only the changed ones with one).
  public var filesRead: Int = 0
  /// What the content snapshot was on this load.
  public var snapshot: SnapshotStatus = .unused

  /// True when some diagnostic is an error.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Loads the cards of a content directory (`<dir>/cards/**/*.md`) and validates them together.
public enum ContentLoader {
  /// Reads and validates every card under `directory`. Unreadable files are reported and skipped; they never hide
  /// the good cards.
  /// - Parameters:
  ///   - cacheDirectory: where the content snapshot is kept (`ContentSnapshot`): a start then reads only the card
  ///     files that changed since the last, and cards read their bodies from the snapshot when opened. nil: every
  ///     file is read.
  ///   - progress: called as files are read, when there are any to read (a first start reads them all).
  public static func load(
    directory: URL, cacheDirectory: URL? = nil, progress: ((LoadProgress) -> Void)? = nil
  ) -> LoadResult {
    let cardsDirectory = directory.appendingPathComponent("cards")
    let files = CardFileList.files(in: cardsDirectory)
    var diagnostics: [Diagnostic] = []
    if files.isEmpty {
      diagnostics.append(noCardFiles(in: cardsDirectory))
    }
    let outcome =
      cacheDirectory.flatMap {
        SnapshotLoad.load(
          files, cardsDirectory: cardsDirectory.path, cacheDirectory: $0, progress: progress)
      } ?? parseAll(files, progress: progress)
    var cards: [Card] = []
    cards.reserveCapacity(files.count)
    var skipped: [String] = []
    for (file, result) in zip(files, outcome.results) {
      diagnostics += result.diagnostics
      if let card = result.card { cards.append(card) } else { skipped.append(file.path) }
    }
    let validated = CorpusValidator.validate(cards)
    diagnostics += validated.diagnostics
    return LoadResult(
      corpus: Corpus(cards: validated.cards), diagnostics: diagnostics, skippedFiles: skipped,
      filesRead: outcome.filesRead, snapshot: outcome.status)
  }

  /// Every file read and parsed, in parallel, without a snapshot.
  private static func parseAll(
    _ files: [CardFileEntry], progress: ((LoadProgress) -> Void)?
  ) -> SnapshotLoad.Outcome {
    var results: [ContentSnapshot.FileResult] = []
    results.reserveCapacity(files.count)
    if !files.isEmpty { progress?(LoadProgress(completed: 0, total: files.count)) }
    for start in stride(from: 0, to: files.count, by: SnapshotLoad.chunkSize) {
      let chunk = Array(files[start..<min(start + SnapshotLoad.chunkSize, files.count)])
      for (file, parsed) in zip(chunk, SnapshotLoad.parse(chunk)) {
        results.append(
          parsed.map { ContentSnapshot.FileResult(card: $0.card, diagnostics: $0.diagnostics) }
            ?? ContentSnapshot.FileResult(card: nil, diagnostics: [unreadable(file.path)]))
      }
      progress?(LoadProgress(completed: start + chunk.count, total: files.count))
    }
    return SnapshotLoad.Outcome(results: results, filesRead: files.count, status: .unused)
  }

  /// The diagnostic of a file that cannot be read.
  static func unreadable(_ path: String) -> Diagnostic {
    Diagnostic(file: path, line: 0, code: .parse, message: "cannot read the file")
  }

  /// The diagnostic of a content directory without card files.
  static func noCardFiles(in cardsDirectory: URL) -> Diagnostic {
    Diagnostic(
      file: cardsDirectory.path, line: 0, code: .parse,
      message: "no card files (*.md) found in this directory")
  }

  /// Reads and parses the card file at `path`: its card (nil when it yields none) and its problems.
  static func parseFile(_ path: String) -> (card: Card?, diagnostics: [Diagnostic]) {
    guard let bytes = CardFileList.contents(of: path) else { return (nil, [unreadable(path)]) }
    return parse(bytes, file: path)
  }

  /// Parses the bytes of the card file `file`.
  static func parse(_ bytes: [UInt8], file: String) -> (card: Card?, diagnostics: [Diagnostic]) {
    guard let text = utf8String(bytes) else {
      return (nil, [Diagnostic(file: file, line: 0, code: .parse, message: "the file is not valid UTF-8")])
    }
    return CardParser.parse(text, file: file)
  }

  /// `bytes` as a string, or nil when they are not valid UTF-8.
  static func utf8String(_ bytes: [UInt8]) -> String? {
    if #available(macOS 15, *) {
      return String(validating: bytes, as: UTF8.self)
    }
    return String(data: Data(bytes), encoding: .utf8)
  }
}
