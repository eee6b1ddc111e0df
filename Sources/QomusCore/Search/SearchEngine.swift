import Foundation
import GRDB

/// Full-text search over the corpus: an SQLite FTS5 index whose tokenizer understands Uzbek as people type it
/// (any apostrophe or none, Cyrillic or Latin, inflected forms) and English, queried with BM25 ranking.
///
/// ```swift
/// let engine = try SearchEngine(corpus: corpus, cacheDirectory: SearchEngine.defaultCacheDirectory(),
///                               glossary: Glossary.bundled(in: contentDirectory))
/// let hits = engine.search("oʻzbekiston qonunlari kind:act", options: SearchOptions(prefixLastWord: true))
/// ```
///
/// The engine is `Sendable` and cheap to query (about 0.3–0.5 ms at the median on the bundled corpus, 2 ms on 100k
/// cards; see docs/search.md): call it on every keystroke, from any thread. `search` never throws: any input gives
/// results or none.
public final class SearchEngine: Sendable {
  public let corpus: Corpus
  /// Whether the index was opened from the cache, built into it, or built in memory.
  public let indexOrigin: SearchIndexOrigin

  /// Exact matching that finds fewer cards than this is retried with typo corrections.
  public static let fuzzyThreshold = 3
  /// Words of the snippet around the matched words.
  static let snippetTokens = 14

  private let database: DatabaseQueue
  private let builders: [Language: MatchBuilder]
  private let vocabularyCache = LockedValue<Vocabulary?>(nil)
  /// Cards per term, read from `term_stats` once.
  private let termCounts = LockedValue<[String: Int]>([:])
  /// Where `qomus_rank` leaves the matches of the best rows; used only inside `database` accesses.
  private let collector: MatchCollector
  private let snippetTexts = SnippetTextCache()
  /// What `qomus_rank` reads besides FTS5; its filter is set only inside `database` accesses.
  private let rankContext: RankFunction.Context
  /// The cards' filterable fields by rowid, packed on the first filtered search.
  private let packedAttributes = LockedValue<CardAttributes?>(nil)
  /// Cards' title words by rowid and language (`titleWords`).
  private let titleCache = LockedValue<[Int: [TitleMatch.Word]]>([:])

  /// Opens the index of `corpus` from `cacheDirectory` (keyed by a hash of the content) or builds it there; with no
  /// cache directory, or one that cannot be written, the index is built in memory.
  /// - Parameters:
  ///   - cacheDirectory: where index files are kept; pass `SearchEngine.defaultCacheDirectory()` to use the
  ///     user's cache. nil: in memory.
  ///   - glossary: term pairs that widen queries across languages and synonyms.
  ///   - progress: called as cards are indexed, when the index is built.
  /// - Throws: a `DatabaseError` only if not even an in-memory index can be built.
  public init(
    corpus: Corpus, cacheDirectory: URL? = nil, glossary: Glossary = .empty,
    progress: ((LoadProgress) -> Void)? = nil
  ) throws {
    self.corpus = corpus
    (database, indexOrigin) = try IndexStore.open(
      corpus, cacheDirectory: cacheDirectory, progress: progress)
    let collector = MatchCollector()
    self.collector = collector
    let count = corpus.cards.count
    rankContext = database.inDatabase { db in
      let lengths = try? RowLengths.load(db, count: count)
      let context = RankFunction.Context(collector: collector, lengths: lengths ?? nil)
      RankFunction.register(in: db, context: context)
      try? SearchIndex.sizePageCache(db)
      return context
    }
    var builders: [Language: MatchBuilder] = [:]
    for language in Language.allCases {
      let analyzer = Analyzer.for(language)
      builders[language] = MatchBuilder(
        analyzer: analyzer,
        glossary: glossary.entries.isEmpty ? nil : GlossaryMatcher(glossary, analyzer: analyzer))
    }
    self.builders = builders
  }

  /// Builds the index of `corpus` into `cacheDirectory` unless a file of it is there already, reporting
  /// `progress`: for a caller that shows progress before handing the corpus to code that opens the engine itself.
  public static func prepareIndex(
    of corpus: Corpus, in cacheDirectory: URL, progress: ((LoadProgress) -> Void)? = nil
  ) {
    guard !IndexStore.hasCachedIndex(of: corpus, in: cacheDirectory) else { return }
    _ = try? SearchEngine(corpus: corpus, cacheDirectory: cacheDirectory, progress: progress)
  }

  /// The cache directory (`CacheLocation`): `$XDG_CACHE_HOME/qomus`, else `~/.cache/qomus`.
  public static func defaultCacheDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL {
    CacheLocation.directory(environment: environment)
  }

  /// The best matches for `text` (see `SearchQuery` for the syntax), best first.
  public func search(_ text: String, options: SearchOptions = SearchOptions()) -> [SearchHit] {
    search(SearchQuery(text, prefixLastWord: options.prefixLastWord), options: options)
  }

  /// The best matches for a parsed query, best first. Never throws: any input gives results or none.
  public func search(_ query: SearchQuery, options: SearchOptions = SearchOptions()) -> [SearchHit] {
    (try? hits(for: query, options: options)) ?? []
  }

  /// The search itself; throws only on an SQLite error, which `search` turns into no results.
  func hits(for query: SearchQuery, options: SearchOptions) throws -> [SearchHit] {
    var filters = query.filters
    if let kind = options.kind {
      filters.kinds = filters.kinds.isEmpty ? [kind] : filters.kinds.intersection([kind])
      if filters.kinds.isEmpty { filters.isUnsatisfiable = true }
    }
    let limit = min(max(options.limit, 0), 1_000)
    guard limit > 0, !filters.isUnsatisfiable else { return [] }
    // Ranked deeper than asked, so that a card whose title the query names can move up into the results.
    let depth = max(limit, Self.minimumDepth)
    let languages = options.language.map { [$0] } ?? Language.allCases
    var plain: [Language: [MatchBuilder.Unit]] = [:]
    for language in languages {
      guard let builder = builders[language] else { continue }
      plain[language] = Self.withoutFunctionWords(builder.units(of: query, glossary: false))
    }
    guard plain.values.contains(where: { !$0.isEmpty }) else {
      return filters.isEmpty
        ? [] : listing(filters, language: options.language ?? .uz, limit: limit)
    }
    // Tiers, each only when the ones before found too little: every word as typed; with glossary equivalents;
    // with one-edit corrections of unknown words; then ranked partial matching (cards with most of the query,
    // weighted by rarity). A later tier's cards come after the earlier tiers' cards; cards whose titles the query
    // names come first of all. One read transaction for the whole search.
    return try database.read { db in
      plain = try mostInformative(plain, db: db)
      var expanded: [Language: [MatchBuilder.Unit]] = [:]
      for (language, units) in plain {
        expanded[language] = builders[language]?.groupGlossaryTerms(units)
      }
      let minimumShouldMatch = Self.minimumShouldMatch(words: expanded.values.map(\.count).max() ?? 0)
      let isLong = minimumShouldMatch > 0
      var ranked = isLong ? [] : try rank(alternatives(plain), filters: filters, limit: depth, db: db)
      if !isLong, ranked.count < depth, expanded != plain {
        ranked = try appending(
          rank(alternatives(expanded), filters: filters, limit: depth, db: db), to: ranked,
          limit: depth)
      }
      var corrected: [Language: [[String]]] = [:]
      if options.typoTolerance, ranked.count < Self.fuzzyThreshold {
        for (language, units) in expanded {
          let corrections = try corrections(for: units, db: db)
          if !corrections.isEmpty {
            corrected[language] = builders[language]?.alternatives(units, corrections: corrections)
          }
        }
        if !corrected.isEmpty {
          ranked = try appending(
            rank(corrected, filters: filters, limit: depth, db: db), to: ranked, limit: depth)
        }
      }
      // Partial matching without corrections first: a correction of a word that is simply not in the cards (`login`)
      // would count as a match of it.
      for widest in [alternatives(expanded), corrected] where ranked.count < depth {
        guard isLong || widest.values.contains(where: { $0.count > 1 }) else { continue }
        ranked = try appending(
          rank(
            widest, filters: filters, limit: depth,
            coverageSteps: RankFunction.coverageSteps, minimumShouldMatch: minimumShouldMatch, db: db),
          to: ranked,
          limit: depth)
      }
      ranked = titlesFirst(ranked, query: query, languages: languages)
      return ranked.prefix(limit).compactMap { ranked in
        guard let card = corpus[ranked.id] else { return nil }
        let language =
          options.language
          ?? Snippet.language(of: ranked.instances, preferring: options.preferredLanguage)
        let position = Int(ranked.rowid) - 1
        let snippet = Snippet.highlighted(
          card, language: language, instances: ranked.instances, phraseSizes: ranked.phraseSizes,
          words: Self.snippetTokens
        ) { column in snippetTexts.text(of: card, at: position, column: column) }
        return SearchHit(
          id: card.id, kind: card.kind, title: card.title, score: ranked.score, language: language,
          snippet: snippet ?? plainSnippet(card.summary[language]))
      }
    }
  }

  /// Results are ranked at least this deep before titles the query names are moved first.
  static let minimumDepth = 20
  /// A longer query keeps its this many most informative words (Meilisearch keeps ten).
  static let maximumWords = 10
  /// A query of more words than this (after function words, a glossary term counting as one) is long: no word of
  /// it is required, and cards matching three quarters of its words rank together, by BM25 (`minimumShouldMatch`).
  static let longQueryWords = 6

  /// How many of `words` query words a card must match to rank with the cards that match them all: every word up
  /// to `longQueryWords`, three quarters beyond (Lucene's `minimum_should_match: 3<75%`, as Solr's edismax
  /// documents it); 0 when every word is required.
  static func minimumShouldMatch(words: Int) -> Int {
    words > longQueryWords ? words - words / 4 : 0
  }

  /// `units` without the function words (`FunctionWords`), unless nothing else is left.
  static func withoutFunctionWords(_ units: [MatchBuilder.Unit]) -> [MatchBuilder.Unit] {
    let content = units.filter { !MatchBuilder.isFunctionWord($0) }
    return content.isEmpty ? units : content
  }

  /// At most `maximumWords` units per language, the rarest in the index (a word the index does not know counts
  /// as common, after every known word), in query order; the same words for each language.
  private func mostInformative(_ units: [Language: [MatchBuilder.Unit]], db: Database) throws
    -> [Language: [MatchBuilder.Unit]]
  {
    guard let count = units.values.first?.count, count > Self.maximumWords,
      units.values.allSatisfy({ $0.count == count })
    else { return units }
    let unknown = RankFunction.inverseFrequency(hits: 0, rows: max(corpus.cards.count, 1))
    var rarity = Array(repeating: 0.0, count: count)
    for (language, languageUnits) in units {
      guard let builder = builders[language] else { continue }
      for (index, alternatives) in builder.alternatives(languageUnits).enumerated() {
        guard let expression = MatchBuilder.expression([alternatives]) else { continue }
        let idfs = try TermStatistics.inverseFrequencies(
          of: expression, rows: corpus.cards.count, db: db, cache: termCounts)
        // A unit is as common as its most common alternative; unknown words sort last.
        let idf = idfs.min() ?? 0
        rarity[index] = max(rarity[index], idf >= unknown - 1e-9 ? -1 : idf)
      }
    }
    let kept = Set(rarity.indices.sorted { rarity[$0] > rarity[$1] }.prefix(Self.maximumWords))
    return units.mapValues { units in units.indices.filter(kept.contains).map { units[$0] } }
  }

  /// `ranked` with the cards whose title the query names (`TitleMatch`) first, the closest first; the rest keep
  /// their order.
  private func titlesFirst(_ ranked: [Ranked], query: SearchQuery, languages: [Language]) -> [Ranked] {
    let queryWords = languages.map { TitleMatch.words(of: query, analyzer: Analyzer.for($0)) }
    var named: [(closeness: Double, index: Int)] = []
    for (index, card) in ranked.enumerated() {
      var best = TitleMatch.Score()
      for (language, words) in zip(languages, queryWords) {
        let score = TitleMatch.score(title: titleWords(card.rowid, language), query: words)
        if score.isNamed, score.closeness > best.closeness { best = score }
      }
      if best.isNamed { named.append((best.closeness, index)) }
    }
    named.sort { $0.closeness != $1.closeness ? $0.closeness > $1.closeness : $0.index < $1.index }
    let first = Set(named.map(\.index))
    let rest = ranked.indices.filter { !first.contains($0) }.map { ranked[$0] }
    return named.map { ranked[$0.index] } + jurisdictionsFirst(rest, queryWords: Array(zip(languages, queryWords)))
  }

  /// `ranked` with the cards of the jurisdictions the query names (`Uzbekistan`, `Rossiya`) first, each group in
  /// its order; unchanged when the query names none.
  private func jurisdictionsFirst(_ ranked: [Ranked], queryWords: [(Language, [TitleMatch.Word])]) -> [Ranked] {
    let named = Set(
      Jurisdiction.allCases.filter { jurisdiction in
        queryWords.contains { language, words in
          let name = TitleMatch.words(of: jurisdiction.name[language], analyzer: Analyzer.for(language))
          return TitleMatch.score(title: name, query: words).coverage >= 1
        }
      })
    guard !named.isEmpty else { return ranked }
    func isNamed(_ card: Ranked) -> Bool {
      let position = Int(card.rowid) - 1
      return position >= 0 && position < corpus.cards.count
        && named.contains(corpus.cards[position].jurisdiction)
    }
    return ranked.filter(isNamed) + ranked.filter { !isNamed($0) }
  }

  /// The title words of the card at `rowid` in `language`, analyzed once.
  private func titleWords(_ rowid: Int64, _ language: Language) -> [TitleMatch.Word] {
    let key = Int(rowid) * 2 + (language == .uz ? 0 : 1)
    if let known = titleCache.withLock({ $0[key] }) { return known }
    let position = Int(rowid) - 1
    guard position >= 0, position < corpus.cards.count else { return [] }
    let words = TitleMatch.words(
      of: IndexedText.line(corpus.cards[position].title[language]), analyzer: Analyzer.for(language))
    titleCache.withLock { cache in
      if cache.count >= 4_096 { cache.removeAll(keepingCapacity: true) }
      cache[key] = words
    }
    return words
  }

  /// Each language's units as alternatives per unit (`MatchBuilder.alternatives`).
  private func alternatives(_ units: [Language: [MatchBuilder.Unit]]) -> [Language: [[String]]] {
    var alternatives: [Language: [[String]]] = [:]
    for (language, units) in units {
      alternatives[language] = builders[language]?.alternatives(units)
    }
    return alternatives
  }

  /// `earlier`, then the cards of `later` not already in it, up to `limit`.
  private func appending(_ later: [Ranked], to earlier: [Ranked], limit: Int) -> [Ranked] {
    let known = Set(earlier.map(\.id))
    return Array((earlier + later.filter { !known.contains($0.id) }).prefix(limit))
  }

  /// One ranked card.
  private struct Ranked {
    var rowid: Int64
    var id: String
    var score: Double
    /// Where the card matched, and the number of words of each phrase of its query.
    var instances: [MatchCollector.Instance]
    var phraseSizes: [Int]
  }

  /// A MATCH expression and, for each of its phrases, the query word it stands for (`qomus_rank`'s groups).
  struct Match {
    var text: String
    var groups: [Int]
  }

  /// The MATCH expression for `alternatives` on `table`.
  ///
  /// Searching both languages, the languages' alternatives are merged unit by unit (`MatchBuilder.merged`) into one
  /// expression over every column: most words analyze the same in both, and a column filter per language would
  /// make FTS5 read each term's whole doclist once per language, which on a large corpus is most of the time. When
  /// the languages split the query differently, or only one language is searched, each language's expression is
  /// searched in that language's columns (and the keys).
  static func match(
    _ alternatives: [Language: [[String]]], table: SearchIndex.Table, any: Bool = false
  ) -> Match? {
    let languages = Language.allCases.filter { alternatives[$0] != nil }
    if languages.count == Language.allCases.count,
      let merged = MatchBuilder.merged(languages.compactMap { alternatives[$0] })
    {
      return MatchBuilder.expression(merged, any: any).map {
        Match(text: $0, groups: MatchBuilder.groups(merged))
      }
    }
    var parts: [String] = []
    var groups: [Int] = []
    for language in languages {
      guard let units = alternatives[language],
        let expression = MatchBuilder.expression(units, any: any)
      else { continue }
      let columns = SearchIndex.Column.columns(of: language).filter(table.columns.contains)
      parts.append("{" + columns.map(\.name).joined(separator: " ") + "} : (" + expression + ")")
      groups += MatchBuilder.groups(units, offset: (groups.max() ?? -1) + 1)
    }
    return parts.isEmpty ? nil : Match(text: parts.joined(separator: " OR "), groups: groups)
  }

  /// From this many cards on, ranking goes field by field (`rank`).
  static let largeCorpus = 5_000

  /// The best `limit` cards for `alternatives`, by `qomus_rank` over both languages.
  ///
  /// On a large corpus a query of common words matches tens of thousands of cards, and reading their doclists in the
  /// full table costs time. There cards matching in their titles are ranked first, from the titles table alone; only
  /// if fewer than `limit` do, cards matching in title or summary, from the head table; only if still fewer, all
  /// matches in the full table. A smaller corpus is ranked from the full table at once.
  ///
  /// With `coverageSteps`, any word may match (the words OR-ed), and cards rank by how much of the query they
  /// cover, weighted by rarity, in that many steps, then by BM25 (`RankFunction`).
  private func rank(
    _ alternatives: [Language: [[String]]], filters: SearchFilters, limit: Int,
    coverageSteps: Int = 0, minimumShouldMatch: Int = 0, db: Database
  ) throws -> [Ranked] {
    let partial = coverageSteps > 0
    let tables: [SearchIndex.Table] =
      corpus.cards.count >= Self.largeCorpus ? [.title, .head, .full] : [.full]
    var ranked: [Ranked] = []
    for table in tables {
      guard let match = Self.match(alternatives, table: table, any: partial) else { return [] }
      ranked = try rank(
        match, table: table, filters: filters, limit: limit, coverageSteps: coverageSteps,
        minimumShouldMatch: minimumShouldMatch, db: db)
      if ranked.count >= limit { break }
    }
    return ranked
  }

  private func rank(
    _ match: Match, table: SearchIndex.Table, filters: SearchFilters, limit: Int, coverageSteps: Int,
    minimumShouldMatch: Int, db: Database
  ) throws -> [Ranked] {
    let partial = coverageSteps > 0
    let inverseFrequencies = try TermStatistics.inverseFrequencies(
      of: match.text, rows: corpus.cards.count, db: db, cache: termCounts)
    // Groups are used only when they line up with the phrases FTS5 will number; else each phrase is its own group.
    let groups =
      match.groups.count == inverseFrequencies.count ? match.groups : Array(inverseFrequencies.indices)
    let sql = """
      SELECT rowid, \(SearchIndex.rankExpression(table, arguments: 0)) AS score
      FROM \(table.name) WHERE \(table.name) MATCH ? ORDER BY score LIMIT ?
      """
    let arguments: StatementArguments = [match.text, limit]
    rankContext.phrases = RankFunction.PhraseWeights(
      inverseFrequencies: inverseFrequencies, groups: groups, coverageSteps: coverageSteps,
      minimumShouldMatch: minimumShouldMatch)
    defer { rankContext.phrases = nil }
    let cards = corpus.cards
    // Filtered-out rows rank last with an infinite score (`RankFunction.Context.filter`) and are dropped below.
    rankContext.filter = filters.isEmpty ? nil : RowFilter(filters, attributes: attributes())
    collector.start(capacity: limit * 2)
    let rows: [Row]
    do {
      rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
    } catch {
      _ = collector.finish()
      rankContext.filter = nil
      throw error
    }
    rankContext.filter = nil
    // Instances number the columns of `table`; snippets want `SearchIndex.Column`s.
    let columns = table.columns
    let instances = collector.finish().mapValues { instances in
      table == .full
        ? instances
        : instances.map {
          .init(phrase: $0.phrase, column: columns[$0.column].rawValue, position: $0.position)
        }
    }
    let phraseSizes = collector.phraseSizes
    return rows.compactMap { row in
      // Rowids are corpus positions + 1; the content fingerprint guarantees that the index matches the corpus.
      let rowid: Int64 = row[0]
      guard rowid >= 1, rowid <= cards.count, (row[1] as Double).isFinite else { return nil }
      // A partial match's score without its coverage step: the BM25 part.
      let score = -(row[1] as Double)
      return Ranked(
        rowid: rowid, id: cards[Int(rowid) - 1].id,
        score: partial ? score.truncatingRemainder(dividingBy: RankFunction.coverageScale) : score,
        instances: instances[rowid] ?? [],
        phraseSizes: phraseSizes)
    }
  }

  /// The cards' filterable fields, packed once.
  private func attributes() -> CardAttributes {
    if let known = packedAttributes.withLock({ $0 }) { return known }
    let packed = CardAttributes(corpus)
    packedAttributes.withLock { $0 = packed }
    return packed
  }

  /// A snippet without marks: the start of `text`.
  private func plainSnippet(_ text: String) -> HighlightedText {
    let shown = Self.snippetTokens * 2
    // One split more than the words shown leaves the rest of the text, unsplit, as the last element.
    let words = text.split(maxSplits: shown, whereSeparator: \.isWhitespace)
    let start = words.prefix(shown).joined(separator: " ")
    return HighlightedText(segments: [
      .init(text: start + (words.count > shown ? "…" : ""), isHighlighted: false)
    ])
  }

  /// The cards that pass `filters`, in corpus order: a query of filters only.
  private func listing(_ filters: SearchFilters, language: Language, limit: Int) -> [SearchHit] {
    corpus.cards.lazy.filter(filters.matches).prefix(limit).map { card in
      SearchHit(
        id: card.id, kind: card.kind, title: card.title, score: 0, language: language,
        snippet: plainSnippet(card.summary[language]))
    }
  }

  /// One-edit corrections for the unknown words of `units`, by unit index.
  private func corrections(for units: [MatchBuilder.Unit], db: Database) throws -> [Int: [String]] {
    var result: [Int: [String]] = [:]
    for (index, unit) in units.enumerated() {
      guard case .word(let term, _) = unit, term.surface.count >= Vocabulary.minimumCorrectedLength
      else { continue }
      let vocabulary = try vocabulary(db)
      guard !vocabulary.contains(term.stem) else { continue }
      var found: [String] = []
      for candidate in vocabulary.corrections(of: term.surface)
        + vocabulary.corrections(of: term.stem)
      where !found.contains(candidate) {
        found.append(candidate)
      }
      if !found.isEmpty { result[index] = Array(found.prefix(Vocabulary.maximumCorrections)) }
    }
    return result
  }

  /// The indexed terms, read once.
  private func vocabulary(_ db: Database) throws -> Vocabulary {
    if let known = vocabularyCache.withLock({ $0 }) { return known }
    let terms = try String.fetchAll(db, sql: "SELECT term FROM fts_vocab")
    let vocabulary = Vocabulary(terms)
    vocabularyCache.withLock { $0 = vocabulary }
    return vocabulary
  }
}
