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
  private let vocabularies = LockedValue<[Language: Vocabulary]>([:])

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
    var builders: [Language: MatchBuilder] = [:]
    for language in Language.allCases {
      let analyzer = Analyzer.for(language)
      builders[language] = MatchBuilder(
        analyzer: analyzer, glossary: glossary.entries.isEmpty ? nil : GlossaryMatcher(glossary, analyzer: analyzer))
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
    var units: [Language: [MatchBuilder.Unit]] = [:]
    for language in languages {
      units[language] = builders[language]?.units(of: query) ?? []
    }
    guard units.values.contains(where: { !$0.isEmpty }) else {
      return filters.isEmpty ? [] : listing(filters, language: options.language ?? .uz, limit: limit)
    }
    var expressions: [Language: String] = [:]
    for (language, units) in units {
      expressions[language] = builders[language]?.expression(units)
    }
    var ranked = try rank(expressions, filters: filters, limit: limit)
    if options.typoTolerance, ranked.count < Self.fuzzyThreshold {
      var corrected: [Language: String] = [:]
      for (language, units) in units {
        let corrections = try corrections(for: units, language: language)
        if !corrections.isEmpty {
          corrected[language] = builders[language]?.expression(units, corrections: corrections)
        }
      }
      if !corrected.isEmpty {
        let known = Set(ranked.map(\.id))
        ranked += try rank(corrected, filters: filters, limit: limit).filter { !known.contains($0.id) }
        ranked = Array(ranked.prefix(limit))
      }
      expressions.merge(corrected) { _, corrected in corrected }
    }
    return try ranked.compactMap { ranked in
      guard let card = corpus[ranked.id], let expression = expressions[ranked.language] else { return nil }
      let snippet = try snippet(rowid: ranked.rowid, language: ranked.language, expression: expression)
      return SearchHit(
        id: card.id, kind: card.kind, title: card.title, score: ranked.score, language: ranked.language,
        snippet: snippet ?? plainSnippet(card.summary[ranked.language]))
    }
  }

  /// One ranked card.
  private struct Ranked {
    var rowid: Int64
    var id: String
    var score: Double
    var language: Language
  }

  /// The best `limit` cards over the tables of `expressions`, each card once with its best language.
  private func rank(_ expressions: [Language: String], filters: SearchFilters, limit: Int) throws -> [Ranked] {
    var best: [String: Ranked] = [:]
    try database.read { db in
      for language in Language.allCases {
        guard let expression = expressions[language] else { continue }
        let table = SearchIndex.table(language)
        var sql = """
          SELECT cards.rowid, cards.id, bm25(\(table), \(SearchIndex.weights)) AS score
          FROM \(table) JOIN cards ON cards.rowid = \(table).rowid
          WHERE \(table) MATCH ?
          """
        var arguments: StatementArguments = [expression]
        Self.appendFilters(filters, to: &sql, arguments: &arguments)
        sql += " ORDER BY score LIMIT ?"
        arguments += [limit]
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
          let candidate = Ranked(rowid: row[0], id: row[1], score: -(row[2] as Double), language: language)
          if let known = best[candidate.id], known.score >= candidate.score { continue }
          best[candidate.id] = candidate
        }
      }
    }
    let sorted = best.values.sorted { ($0.score, -$0.rowid) > ($1.score, -$1.rowid) }
    return Array(sorted.prefix(limit))
  }

  /// SQL conditions on `cards` for `filters`, with their arguments.
  static func appendFilters(_ filters: SearchFilters, to sql: inout String, arguments: inout StatementArguments) {
    func placeholders(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }
    if !filters.kinds.isEmpty {
      sql += " AND cards.kind IN (\(placeholders(filters.kinds.count)))"
      arguments += StatementArguments(filters.kinds.map(\.rawValue).sorted())
    }
    if !filters.jurisdictions.isEmpty {
      sql += " AND cards.jurisdiction IN (\(placeholders(filters.jurisdictions.count)))"
      arguments += StatementArguments(filters.jurisdictions.map(\.rawValue).sorted())
    }
    if !filters.topics.isEmpty {
      sql += " AND (" + Array(repeating: "cards.topics LIKE ?", count: filters.topics.count).joined(separator: " OR ") + ")"
      arguments += StatementArguments(filters.topics.map { "%|\($0.rawValue)|%" }.sorted())
    }
    if let years = filters.years {
      sql += " AND cards.year BETWEEN ? AND ?"
      arguments += [years.lowerBound, years.upperBound]
    }
  }

  /// The marked snippet of a matched card: from the summary if the match is there, else from the body.
  private func snippet(rowid: Int64, language: Language, expression: String) throws -> HighlightedText? {
    let table = SearchIndex.table(language)
    let open = String(SnippetMarkers.open)
    let close = String(SnippetMarkers.close)
    let sql = """
      SELECT snippet(\(table), 1, ?1, ?2, '…', \(Self.snippetTokens)),
        snippet(\(table), 2, ?1, ?2, '…', \(Self.snippetTokens))
      FROM \(table) WHERE \(table) MATCH ?3 AND rowid = ?4
      """
    guard
      let row = try database.read({ db in
        try Row.fetchOne(db, sql: sql, arguments: [open, close, expression, rowid])
      })
    else { return nil }
    let texts: [String] = [row[0] ?? "", row[1] ?? ""]
    let snippets = texts.map { HighlightedText(marked: $0, open: SnippetMarkers.open, close: SnippetMarkers.close) }
    return snippets.first(where: \.hasHighlights)
  }

  /// A snippet without marks: the start of `text`.
  private func plainSnippet(_ text: String) -> HighlightedText {
    let words = text.split(whereSeparator: \.isWhitespace)
    let start = words.prefix(Self.snippetTokens * 2).joined(separator: " ")
    return HighlightedText(segments: [.init(text: start + (words.count > Self.snippetTokens * 2 ? "…" : ""), isHighlighted: false)])
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
  private func corrections(for units: [MatchBuilder.Unit], language: Language) throws -> [Int: [String]] {
    var result: [Int: [String]] = [:]
    for (index, unit) in units.enumerated() {
      guard case .word(let term, _) = unit, term.surface.count >= Vocabulary.minimumCorrectedLength else { continue }
      let vocabulary = try vocabulary(language)
      guard !vocabulary.contains(term.stem) else { continue }
      var found: [String] = []
      for candidate in vocabulary.corrections(of: term.surface) + vocabulary.corrections(of: term.stem)
      where !found.contains(candidate) {
        found.append(candidate)
      }
      if !found.isEmpty { result[index] = Array(found.prefix(Vocabulary.maximumCorrections)) }
    }
    return result
  }

  /// The indexed terms of `language`, read once.
  private func vocabulary(_ language: Language) throws -> Vocabulary {
    if let known = vocabularies.withLock({ $0[language] }) { return known }
    let terms = try database.read { db in
      try String.fetchAll(db, sql: "SELECT term FROM \(SearchIndex.vocabularyTable(language))")
    }
    let vocabulary = Vocabulary(terms)
    vocabularies.withLock { $0[language] = vocabulary }
    return vocabulary
  }
}
