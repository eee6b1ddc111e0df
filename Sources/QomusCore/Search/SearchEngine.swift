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
/// The engine is `Sendable` and cheap to query (well under a millisecond on the bundled corpus): call it on every
/// keystroke, from any thread. `search` never throws: any input gives results or none.
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

  /// Opens the index of `corpus` from `cacheDirectory` (keyed by a hash of the content) or builds it there; with no
  /// cache directory, or one that cannot be written, the index is built in memory.
  /// - Parameters:
  ///   - cacheDirectory: where index files are kept; pass `SearchEngine.defaultCacheDirectory()` to use the
  ///     user's cache. nil: in memory.
  ///   - glossary: term pairs that widen queries across languages and synonyms.
  /// - Throws: a `DatabaseError` only if not even an in-memory index can be built.
  public init(corpus: Corpus, cacheDirectory: URL? = nil, glossary: Glossary = .empty) throws {
    self.corpus = corpus
    (database, indexOrigin) = try IndexStore.open(corpus, cacheDirectory: cacheDirectory)
    let collector = MatchCollector()
    self.collector = collector
    database.inDatabase { db in RankFunction.register(in: db, collector: collector) }
    var builders: [Language: MatchBuilder] = [:]
    for language in Language.allCases {
      let analyzer = Analyzer.for(language)
      builders[language] = MatchBuilder(
        analyzer: analyzer,
        glossary: glossary.entries.isEmpty ? nil : GlossaryMatcher(glossary, analyzer: analyzer))
    }
    self.builders = builders
  }

  /// `$XDG_CACHE_HOME/qomus`, else `~/.cache/qomus`.
  public static func defaultCacheDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL {
    IndexStore.defaultCacheDirectory(environment: environment)
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
    let languages = options.language.map { [$0] } ?? Language.allCases
    var plain: [Language: [MatchBuilder.Unit]] = [:]
    var expanded: [Language: [MatchBuilder.Unit]] = [:]
    for language in languages {
      guard let builder = builders[language] else { continue }
      plain[language] = builder.units(of: query, glossary: false)
      expanded[language] = builder.units(of: query)
    }
    guard plain.values.contains(where: { !$0.isEmpty }) else {
      return filters.isEmpty
        ? [] : listing(filters, language: options.language ?? .uz, limit: limit)
    }
    // Tiers, each only when the ones before found too little: the words as typed; with glossary equivalents;
    // with one-edit corrections of unknown words. A later tier's cards come after the earlier tiers' cards.
    // One read transaction for the whole search.
    return try database.read { db in
      var ranked = try rank(expressions(plain), filters: filters, limit: limit, db: db)
      if ranked.count < limit, expanded != plain {
        ranked = try appending(
          rank(expressions(expanded), filters: filters, limit: limit, db: db), to: ranked,
          limit: limit)
      }
      if options.typoTolerance, ranked.count < Self.fuzzyThreshold {
        var corrected: [Language: String] = [:]
        for (language, units) in expanded {
          let corrections = try corrections(for: units, db: db)
          if !corrections.isEmpty {
            corrected[language] = builders[language]?.expression(units, corrections: corrections)
          }
        }
        if !corrected.isEmpty {
          ranked = try appending(
            rank(corrected, filters: filters, limit: limit, db: db), to: ranked, limit: limit)
        }
      }
      return ranked.compactMap { ranked in
        guard let card = corpus[ranked.id] else { return nil }
        let language = options.language ?? Snippet.language(of: ranked.instances)
        let snippet = Snippet.highlighted(
          card, language: language, instances: ranked.instances, phraseSizes: ranked.phraseSizes,
          words: Self.snippetTokens)
        return SearchHit(
          id: card.id, kind: card.kind, title: card.title, score: ranked.score, language: language,
          snippet: snippet ?? plainSnippet(card.summary[language]))
      }
    }
  }

  /// The MATCH expression of each language's units.
  private func expressions(_ units: [Language: [MatchBuilder.Unit]]) -> [Language: String] {
    var expressions: [Language: String] = [:]
    for (language, units) in units {
      expressions[language] = builders[language]?.expression(units)
    }
    return expressions
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

  /// The MATCH string for `expressions`: each language's expression searched in that language's columns of `scope`;
  /// either language may match.
  private static func match(_ expressions: [Language: String], scope: SearchIndex.ColumnScope) -> String? {
    let parts = Language.allCases.compactMap { language in
      expressions[language].map { expression in
        let columns = SearchIndex.Column.columns(of: language).filter(scope.contains)
        return "{" + columns.map(\.name).joined(separator: " ") + "} : (" + expression + ")"
      }
    }
    return parts.isEmpty ? nil : parts.joined(separator: " OR ")
  }

  /// From this many cards on, ranking goes field by field (`rank`).
  static let largeCorpus = 5_000

  /// The best `limit` cards for `expressions`, by `qomus_rank` over both languages.
  ///
  /// On a large corpus a query of common words matches tens of thousands of cards, and ranking each one costs time.
  /// There cards matching in their titles are ranked first, on their titles alone; only if fewer than `limit` do,
  /// cards matching in title or summary; only if still fewer, all matches on all fields. A smaller corpus is ranked
  /// on all fields at once.
  private func rank(
    _ expressions: [Language: String], filters: SearchFilters, limit: Int, db: Database
  ) throws -> [Ranked] {
    let scopes: [SearchIndex.ColumnScope] = corpus.cards.count >= Self.largeCorpus ? [.title, .head, .all] : [.all]
    var ranked: [Ranked] = []
    for scope in scopes {
      guard let match = Self.match(expressions, scope: scope) else { return [] }
      ranked = try rank(match: match, filters: filters, limit: limit, db: db)
      if ranked.count >= limit { break }
    }
    return ranked
  }

  private func rank(match: String, filters: SearchFilters, limit: Int, db: Database) throws -> [Ranked] {
    let inverseFrequencies = try TermStatistics.inverseFrequencies(
      of: match, rows: corpus.cards.count, db: db, cache: termCounts)
    var sql = """
      SELECT rowid, \(SearchIndex.rankExpression(phrases: inverseFrequencies.count)) AS score
      FROM fts WHERE fts MATCH ?
      """
    var arguments = StatementArguments(inverseFrequencies)
    arguments += [match]
    if let (clause, filterArguments) = Self.filterClause(filters, table: "fts") {
      sql += clause
      arguments += filterArguments
    }
    sql += " ORDER BY score LIMIT ?"
    arguments += [limit]
    let cards = corpus.cards
    collector.start(capacity: limit * 2)
    let rows: [Row]
    do {
      rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
    } catch {
      _ = collector.finish()
      throw error
    }
    let instances = collector.finish()
    let phraseSizes = collector.phraseSizes
    return rows.compactMap { row in
      // Rowids are corpus positions + 1; the content fingerprint guarantees that the index matches the corpus.
      let rowid: Int64 = row[0]
      guard rowid >= 1, rowid <= cards.count else { return nil }
      return Ranked(
        rowid: rowid, id: cards[Int(rowid) - 1].id, score: -(row[1] as Double), instances: instances[rowid] ?? [],
        phraseSizes: phraseSizes)
    }
  }

  /// `AND +table.rowid IN (SELECT rowid FROM cards WHERE …)` for `filters`, with its arguments; nil without filters.
  /// The `+` keeps FTS5 from looking each allowed rowid up with its own MATCH, which costs far more than filtering.
  static func filterClause(_ filters: SearchFilters, table: String) -> (String, StatementArguments)? {
    func placeholders(_ count: Int) -> String {
      Array(repeating: "?", count: count).joined(separator: ", ")
    }
    var conditions: [String] = []
    var arguments = StatementArguments()
    if !filters.kinds.isEmpty {
      conditions.append("kind IN (\(placeholders(filters.kinds.count)))")
      arguments += StatementArguments(filters.kinds.map(\.rawValue).sorted())
    }
    if !filters.jurisdictions.isEmpty {
      conditions.append("jurisdiction IN (\(placeholders(filters.jurisdictions.count)))")
      arguments += StatementArguments(filters.jurisdictions.map(\.rawValue).sorted())
    }
    if !filters.topics.isEmpty {
      conditions.append(
        "(" + Array(repeating: "topics LIKE ?", count: filters.topics.count).joined(separator: " OR ") + ")")
      arguments += StatementArguments(filters.topics.map { "%|\($0.rawValue)|%" }.sorted())
    }
    if let years = filters.years {
      conditions.append("year BETWEEN ? AND ?")
      arguments += [years.lowerBound, years.upperBound]
    }
    guard !conditions.isEmpty else { return nil }
    return (
      " AND +\(table).rowid IN (SELECT rowid FROM cards WHERE " + conditions.joined(separator: " AND ") + ")",
      arguments
    )
  }

  /// A snippet without marks: the start of `text`.
  private func plainSnippet(_ text: String) -> HighlightedText {
    let words = text.split(whereSeparator: \.isWhitespace)
    let start = words.prefix(Self.snippetTokens * 2).joined(separator: " ")
    return HighlightedText(segments: [
      .init(text: start + (words.count > Self.snippetTokens * 2 ? "…" : ""), isHighlighted: false)
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
