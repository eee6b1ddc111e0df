import ArgumentParser
import Foundation
import QomusCore

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The content directory (default: $QOMUS_CONTENT, then the bundled content/).",
      valueName: "dir"))
  var content: String?

  /// The content directory these options name, or the bundled one.
  func contentDirectory() throws -> URL {
    do {
      return try ContentLocator.locate(
        explicit: content, environment: ProcessInfo.processInfo.environment,
        executable: Bundle.main.executableURL, checkout: Self.checkout)
    } catch {
      throw ValidationError("\(error)")
    }
  }

  /// Loads the content through the content snapshot in the cache directory, with a progress bar on a terminal
  /// when that takes a while (a first start on a large directory).
  func load() throws -> LoadResult {
    let directory = try contentDirectory()
    let bar = ProgressBar()
    defer { bar.finish() }
    return ContentLoader.load(
      directory: directory, cacheDirectory: CacheLocation.usableDirectory(), progress: bar.update)
  }

  /// Loads the content, warning on stderr (one line each) about files that could not be read.
  func loadCorpus() throws -> Corpus {
    let result = try load()
    for file in result.skippedFiles {
      let reason = result.diagnostics.first { $0.file == file && $0.severity == .error }
      Console.warn("skipped \(reason.map(\.description) ?? file)")
    }
    return result.corpus
  }

  /// The source checkout this binary was built from (three levels above this file).
  static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
}

/// The language(s) to print: what the explorer's `--lang` accepts, `cyr` being Uzbek in Cyrillic.
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
  case uz, en, both, cyr

  var languages: [Language] {
    switch self {
    case .uz, .cyr: [.uz]
    case .en: [.en]
    case .both: [.uz, .en]
    }
  }

  /// `localized` in `language`, in the script this choice shows Uzbek in.
  func text(_ localized: LocalizedText, _ language: Language) -> String {
    let text = localized[language]
    return self == .cyr && language == .uz ? UzbekTransliterator.toCyrillic(text) : text
  }

  /// `localized` in each of the chosen languages, joined by " / ".
  func joined(_ localized: LocalizedText) -> String {
    languages.map { text(localized, $0) }.joined(separator: " / ")
  }
}

extension CardKind: ExpressibleByArgument {}
