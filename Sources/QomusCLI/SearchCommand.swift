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

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The query: words, \"phrases\", prefix*, kind:/jur:/topic:/year: filters.")
  var query: [String] = []

  @Option(name: .long, help: "Only cards of this kind.")
  var kind: CardKind?

  @Option(
    name: .customLong("lang"),
    help: "Search only this language's text: uz, en, both (the default) or cyr (Uzbek, shown in Cyrillic).")
  var language: LanguageChoice?

  @Option(name: .long, parsing: .unconditional, help: "The most results to print.")
  var limit = 20

  @Flag(name: .long, help: "Print a JSON array of hits, best first.")
  var json = false

  func validate() throws {
    guard limit >= 0 else { throw ValidationError("--limit must be 0 or more, not \(limit)") }
    guard query.contains(where: { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) else {
      throw ValidationError("give a query: qomus search WORDS (for example: qomus search elektron hukumat)")
    }
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
      parsed,
      options: SearchOptions(
        kind: kind, language: language?.languages.count == 1 ? language?.languages.first : nil, limit: limit))
    if hits.isEmpty { Console.note("no card matches '\(text)'") }
    if json {
      try Console.printJSON(hits.map(SearchHitJSON.init))
      return
    }
    for (index, hit) in hits.enumerated() {
      let choice = language ?? .both
      let title = Console.styled(choice.text(hit.title, hit.language), .bold)
      print(
        "\(index + 1). \(Console.styled(hit.id, .accent))  \(Console.styled(hit.kind.rawValue, .dim))  \(title)"
      )
      let snippet = hit.snippet.segments.map { segment in
        let text =
          choice == .cyr && hit.language == .uz ? UzbekTransliterator.toCyrillic(segment.text) : segment.text
        guard segment.isHighlighted else { return Console.styled(text) }
        return Console.useColor ? Console.styled(text, .warning) : "[\(Console.styled(text))]"
      }.joined()
      print("   \(snippet)")
    }
  }
}
