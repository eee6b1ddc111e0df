import ArgumentParser
import Foundation
import QomusCore

/// `qomus search QUERY`: full-text search over the cards, best first.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search", abstract: "Search the cards, in Uzbek (Latin or Cyrillic) or English.",
    discussion: """
      All words must match; "quoted words" must appear together; word* is a prefix. Filters: kind:proposal, \
      jur:EE, topic:personal-data, year:2002 (or 2000-2005). Apostrophes may be typed any way or left out. \
      The index is cached in $XDG_CACHE_HOME/qomus (default ~/.cache/qomus).
      """)

  /// The languages `--lang` accepts.
  enum SearchLanguage: String, ExpressibleByArgument, CaseIterable {
    case uz, en

    var language: Language { self == .uz ? .uz : .en }
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The query: words, \"phrases\", prefix*, kind:/jur:/topic:/year: filters.")
  var query: [String] = []

  @Option(name: .long, help: "Only cards of this kind.")
  var kind: CardKind?

  @Option(name: .customLong("lang"), help: "Search only this language's text: uz or en.")
  var language: SearchLanguage?

  @Option(name: .long, help: "The most results to print.")
  var limit = 20

  @Flag(name: .long, help: "Print a JSON array of hits, best first.")
  var json = false

  func validate() throws {
    guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
  }

  func run() throws {
    let directory = try global.contentDirectory()
    let corpus = try global.loadCorpus()
    var glossary = Glossary.empty
    do {
      glossary = try Glossary.load(file: directory.appendingPathComponent("glossary.yaml"))
    } catch {
      Console.warn("glossary not used: \(error)")
    }
    let bar = ProgressBar()
    let engine = try SearchEngine(
      corpus: corpus, cacheDirectory: CacheLocation.usableDirectory(), glossary: glossary,
      progress: bar.update)
    bar.finish()
    let text = query.joined(separator: " ")
    let parsed = SearchQuery(text)
    for filter in parsed.unknownFilters {
      Console.warn("the filter '\(filter)' names nothing, so nothing matches")
    }
    let hits = engine.search(
      parsed, options: SearchOptions(kind: kind, language: language?.language, limit: limit))
    if json {
      try Console.printJSON(hits.map(SearchHitJSON.init))
      return
    }
    for (index, hit) in hits.enumerated() {
      let title = Console.styled(hit.title[hit.language], .bold)
      print(
        "\(index + 1). \(Console.styled(hit.id, .accent))  \(Console.styled(hit.kind.rawValue, .dim))  \(title)"
      )
      let snippet = hit.snippet.segments.map { segment in
        guard segment.isHighlighted else { return Console.styled(segment.text) }
        return Console.useColor
          ? Console.styled(segment.text, .warning) : "[\(Console.styled(segment.text))]"
      }.joined()
      print("   \(snippet)")
    }
  }
}
