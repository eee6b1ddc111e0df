import GRDB

/// Plain SQLite FTS5 with its default `unicode61` tokenizer over the same fields, queried with each word quoted as
/// typed: the baseline that shows what the Qomus analyzer adds (the relevance suite and `qomus-bench` compare the
/// two). Filters and the typed prefix work as in `SearchEngine`; there is no folding, stemming, glossary or typo
/// tolerance.
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
          IndexedText.fromMarkdown(card.body.uz), IndexedText.fromMarkdown(card.body.en),
          [card.id, card.number ?? ""].joined(separator: " "),
        ])
      }
      try db.execute(sql: "INSERT INTO fts(fts) VALUES ('optimize')")
    }
  }

  /// The ids of the best matches for `text`, best first; never throws.
  public func search(_ text: String, options: SearchOptions = SearchOptions()) -> [String] {
    let query = SearchQuery(text, prefixLastWord: options.prefixLastWord)
    var filters = query.filters
    if let kind = options.kind { filters.kinds = filters.kinds.isEmpty ? [kind] : filters.kinds.intersection([kind]) }
    guard !filters.isUnsatisfiable, !query.items.isEmpty, options.limit > 0 else { return [] }
    let match = query.items.map { item -> String in
      switch item {
      case .word(let word, let prefix): MatchBuilder.quoted([word]) + (prefix ? " *" : "")
      case .phrase(let phrase): MatchBuilder.quoted([phrase])
      }
    }.joined(separator: " AND ")
    var sql = "SELECT rowid FROM fts WHERE fts MATCH ?"
    var arguments: StatementArguments = [match]
    if let (clause, filterArguments) = SearchEngine.filterClause(filters, table: "fts") {
      sql += clause
      arguments += filterArguments
    }
    sql += " ORDER BY bm25(fts, 10.0, 10.0, 4.0, 4.0, 1.0, 1.0, 10.0) LIMIT ?"
    arguments += [options.limit]
    let rowids = (try? database.read { db in try Int.fetchAll(db, sql: sql, arguments: arguments) }) ?? []
    return rowids.compactMap { $0 >= 1 && $0 <= ids.count ? ids[$0 - 1] : nil }
  }
}
