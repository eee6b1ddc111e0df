import Foundation

/// The outcome of loading a content directory: every card that could be read, and every problem found.
public struct LoadResult: Sendable {
  public var corpus: Corpus
  public var diagnostics: [Diagnostic]
  /// The files that yielded no card.
  public var skippedFiles: [String]

  /// True when some diagnostic is an error.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Loads the cards of a content directory (`<dir>/cards/**/*.md`) and validates them together.
public enum ContentLoader {
  /// Reads and validates every card under `directory`. Unreadable files are reported and skipped; they never hide
  /// the good cards.
  public static func load(directory: URL) -> LoadResult {
    let cardsDirectory = directory.appendingPathComponent("cards")
    var cards: [Card] = []
    var diagnostics: [Diagnostic] = []
    var skipped: [String] = []
    let files = cardFiles(in: cardsDirectory)
    if files.isEmpty {
      diagnostics.append(
        Diagnostic(
          file: cardsDirectory.path, line: 0, code: .parse,
          message: "no card files (*.md) found in this directory"))
    }
    for file in files {
      let path = file.path
      guard let data = FileManager.default.contents(atPath: path) else {
        diagnostics.append(
          Diagnostic(file: path, line: 0, code: .parse, message: "cannot read the file"))
        skipped.append(path)
        continue
      }
      guard let text = String(data: data, encoding: .utf8) else {
        diagnostics.append(
          Diagnostic(file: path, line: 0, code: .parse, message: "the file is not valid UTF-8"))
        skipped.append(path)
        continue
      }
      let (card, problems) = CardParser.parse(text, file: path)
      diagnostics += problems
      if let card { cards.append(card) } else { skipped.append(path) }
    }
    let validated = CorpusValidator.validate(cards)
    diagnostics += validated.diagnostics
    return LoadResult(
      corpus: Corpus(cards: validated.cards), diagnostics: diagnostics, skippedFiles: skipped)
  }

  /// Every `*.md` file under `directory`, sorted by path.
  static func cardFiles(in directory: URL) -> [URL] {
    guard
      let enumerator = FileManager.default.enumerator(
        at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
      )
    else { return [] }
    var files: [URL] = []
    for case let url as URL in enumerator where url.pathExtension == "md" {
      files.append(url)
    }
    return files.sorted { $0.path < $1.path }
  }
}
