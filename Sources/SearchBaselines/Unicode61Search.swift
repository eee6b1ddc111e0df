import GRDB
import QomusCore

/// Plain SQLite FTS5 with its default `unicode61` tokenizer over the same fields, queried with each word quoted as
/// typed: the baseline that shows what the Qomus analyzer adds (the relevance suite and `qomus-bench` compare the
/// two). Filters and the typed prefix work as in `SearchEngine`; there is no folding, stemming, glossary or typo
/// tolerance. Words are AND-ed (every word must match), or with `anyWord` OR-ed (any word, ranked by BM25).
public final class Unicode61Search: Sendable {
  private let database: DatabaseQueue
  private let ids: [String]

  /// Builds the baseline index of `corpus` in memory.
  public init(corpus: Corpus) throws {
    ids = corpus.cards.map(\.id)
    database = try DatabaseQueue()
    try database.write { db in
      try db.execute(
        sql: """
          CREATE TABLE cards(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL,
            jurisdiction TEXT NOT NULL, year INTEGER, topics TEXT NOT NULL);
          CREATE VIRTUAL TABLE fts USING fts5(title_uz, title_en, summary_uz, summary_en, body_uz, body_en, keys,
            tokenize = 'unicode61');
          """)
      let insertCard = try db.makeStatement(sql: "INSERT INTO cards VALUES (?, ?, ?, ?, ?, ?)")
      let insertText = try db.makeStatement(
        sql:
          "INSERT INTO fts(rowid, title_uz, title_en, summary_uz, summary_en, body_uz, body_en, keys) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
      )
      for (offset, card) in corpus.cards.enumerated() {
        try insertCard.execute(arguments: [
          offset + 1, card.id, card.kind.rawValue, card.jurisdiction.rawValue, card.year,
          SearchIndex.topicList(card.topics),
        ])
        try insertText.execute(arguments: [
          offset + 1, card.title.uz, card.title.en, card.summary.uz, card.summary.en,
          IndexedText.body(of: card, .uz), IndexedText.body(of: card, .en),
          [card.id, card.number ?? ""].joined(separator: " "),
        ])
      }
      try db.execute(sql: "INSERT INTO fts(fts) VALUES ('optimize')")
    }
  }

  /// The ids of the best matches for `text`, best first; never throws.
  public func search(
    _ text: String, options: SearchOptions = SearchOptions(), anyWord: Bool = false
  ) -> [String] {
    let query = SearchQuery(text, prefixLastWord: options.prefixLastWord)
    var filters = query.filters
    if let kind = options.kind {
      filters.kinds = filters.kinds.isEmpty ? [kind] : filters.kinds.intersection([kind])
    }
    guard !filters.isUnsatisfiable, !query.items.isEmpty, options.limit > 0 else { return [] }
    let match = query.items.map { item -> String in
      switch item {
      case .word(let word, let prefix): MatchBuilder.quoted([word]) + (prefix ? " *" : "")
      case .phrase(let phrase): MatchBuilder.quoted([phrase])
      }
    }.joined(separator: anyWord ? " OR " : " AND ")
    var sql = "SELECT rowid FROM fts WHERE fts MATCH ?"
    var arguments: StatementArguments = [match]
    if let (clause, filterArguments) = Self.filterClause(filters, table: "fts") {
      sql += clause
      arguments += filterArguments
    }
    sql += " ORDER BY bm25(fts, 10.0, 10.0, 4.0, 4.0, 1.0, 1.0, 10.0) LIMIT ?"
    arguments += [options.limit]
    let rowids =
      (try? database.read { db in try Int.fetchAll(db, sql: sql, arguments: arguments) }) ?? []
    return rowids.compactMap { $0 >= 1 && $0 <= ids.count ? ids[$0 - 1] : nil }
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
        "("
          + Array(repeating: "topics LIKE ?", count: filters.topics.count).joined(separator: " OR ")
          + ")")
      arguments += StatementArguments(filters.topics.map { "%|\($0.rawValue)|%" }.sorted())
    }
    if let years = filters.years {
      conditions.append("year BETWEEN ? AND ?")
      arguments += [years.lowerBound, years.upperBound]
    }
    guard !conditions.isEmpty else { return nil }
    return (
      " AND +\(table).rowid IN (SELECT rowid FROM cards WHERE "
        + conditions.joined(separator: " AND ") + ")",
      arguments
    )
  }

}
