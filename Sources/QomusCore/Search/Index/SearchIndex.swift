import GRDB

/// The SQLite schema of the search index, and how to fill it from a corpus.
///
/// - `cards(rowid, id, kind, jurisdiction, year, topics)`: the filterable fields; rowid = position in the corpus + 1.
/// - `fts`: one FTS5 table with the `qomus` tokenizer and the columns `title_uz, title_en, summary_uz, summary_en,
///   body_uz, body_en, keys`. English columns start with `IndexedText.englishMarker`, which tells the tokenizer to
///   use the English analyzer; `keys` holds the card id and act number. Bodies are stored as plain text, followed
///   by the act's issuer (`IndexedText.body`). One table
///   means one ranking over both languages: a term's rarity is measured over all cards, whichever language the
///   query is in.
/// - `fts_head` (titles, summaries, keys) and `fts_title` (titles, keys): the same cards' leading fields. On a large
///   corpus a common word's doclist in `fts` runs to megabytes, mostly body positions; the title and summary passes
///   of a search (`SearchEngine`) read these tables' far shorter ones.
/// - `fts_vocab`: an `fts5vocab` view of the indexed terms, for typo tolerance.
/// - `term_stats(term, docs)`: how many cards hold each term, for IDFs (`TermStatistics`).
/// - `row_lengths(data)`: every card's length in tokens, for BM25 (`RowLengths`).
/// - `meta(key, value)`: schema version, content fingerprint and card count, checked before a cache is trusted.
package enum SearchIndex {
  static let schemaVersion = 7

  /// The FTS5 columns, in order.
  enum Column: Int, CaseIterable {
    case titleUz, titleEn, summaryUz, summaryEn, bodyUz, bodyEn, keys

    var name: String {
      switch self {
      case .titleUz: "title_uz"
      case .titleEn: "title_en"
      case .summaryUz: "summary_uz"
      case .summaryEn: "summary_en"
      case .bodyUz: "body_uz"
      case .bodyEn: "body_en"
      case .keys: "keys"
      }
    }

    /// The BM25 weight: title > summary > body; the id and number count as much as the title.
    var weight: Double {
      switch self {
      case .titleUz, .titleEn, .keys: 10
      case .summaryUz, .summaryEn: 4
      case .bodyUz, .bodyEn: 1
      }
    }

    /// The columns searched for text in `language`.
    static func columns(of language: Language) -> [Column] {
      language == .uz
        ? [.titleUz, .summaryUz, .bodyUz, .keys] : [.titleEn, .summaryEn, .bodyEn, .keys]
    }

    static func summary(_ language: Language) -> Column {
      language == .uz ? .summaryUz : .summaryEn
    }
    static func body(_ language: Language) -> Column { language == .uz ? .bodyUz : .bodyEn }
  }

  /// An FTS5 table of the index and its columns.
  enum Table: CaseIterable {
    /// `fts`: every column.
    case full
    /// `fts_head`: titles, summaries and keys.
    case head
    /// `fts_title`: titles and keys.
    case title

    var name: String {
      switch self {
      case .full: "fts"
      case .head: "fts_head"
      case .title: "fts_title"
      }
    }

    var columns: [Column] {
      switch self {
      case .full: Column.allCases
      case .head: [.titleUz, .titleEn, .summaryUz, .summaryEn, .keys]
      case .title: [.titleUz, .titleEn, .keys]
      }
    }
  }

  /// `qomus_rank(table, …)` with the weight of each of the table's columns, then `arguments` placeholders (each
  /// phrase's IDF, then maybe each phrase's group).
  static func rankExpression(_ table: Table = .full, arguments: Int) -> String {
    let weights = table.columns.map { String($0.weight) }
    return "\(RankFunction.name)(\(table.name), "
      + (weights + Array(repeating: "?", count: arguments)).joined(separator: ", ") + ")"
  }

  /// The most index pages a search connection keeps in memory, in MiB.
  static let cacheMiB = 128

  /// Lets a large index keep up to `cacheMiB` of its pages in memory: SQLite's default 2 MiB cannot hold a large
  /// corpus's common doclists, and the system's file cache may not keep them either. A small index is left with
  /// the default, which holds all of it (a large page cache made small searches slower).
  static func sizePageCache(_ db: Database) throws {
    let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
    let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
    let mebibytes = pages * pageSize / 1_048_576
    guard mebibytes > 16 else { return }
    try db.execute(sql: "PRAGMA cache_size = -\(min(mebibytes, cacheMiB) * 1024)")
  }

  /// A configuration whose connections know the `qomus` tokenizer and the `qomus_rank` function.
  static func configuration(readonly: Bool = false) -> Configuration {
    var configuration = Configuration()
    configuration.readonly = readonly
    configuration.label = "qomus-search"
    configuration.prepareDatabase { db in
      db.add(tokenizer: QomusTokenizer.self)
      RankFunction.register(in: db)
    }
    return configuration
  }

  /// Creates the schema and indexes every card of `corpus`, in one transaction.
  static func build(
    _ corpus: Corpus, fingerprint: String, in db: Database, progress: ((LoadProgress) -> Void)? = nil
  ) throws {
    try db.execute(
      sql: """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE cards(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL,
          jurisdiction TEXT NOT NULL, year INTEGER, topics TEXT NOT NULL);
        """)
    for table in Table.allCases {
      let columns = table.columns.map(\.name).joined(separator: ", ")
      // Only `fts` keeps the text and row sizes: the narrower tables serve MATCH and match positions, and ranking
      // takes row lengths from `row_lengths`.
      let options = table == .full ? "" : ", content = '', columnsize = 0"
      try db.execute(
        sql: """
          CREATE VIRTUAL TABLE \(table.name) USING fts5(\(columns), tokenize = 'qomus', prefix = '2 3'\(options))
          """)
    }
    try db.execute(sql: "CREATE VIRTUAL TABLE fts_vocab USING fts5vocab(fts, 'row')")
    let insertCard = try db.makeStatement(
      sql:
        "INSERT INTO cards(rowid, id, kind, jurisdiction, year, topics) VALUES (?, ?, ?, ?, ?, ?)")
    let inserts = try Table.allCases.map { table in
      let columns = table.columns
      let statement = try db.makeStatement(
        sql:
          "INSERT INTO \(table.name)(rowid, \(columns.map(\.name).joined(separator: ", "))) VALUES (?"
          + String(repeating: ", ?", count: columns.count) + ")")
      return (columns, statement)
    }
    let total = corpus.cards.count
    for (offset, card) in corpus.cards.enumerated() {
      if offset % 256 == 0 { progress?(LoadProgress(.indexing, completed: offset, total: total)) }
      let rowid = offset + 1
      try insertCard.execute(arguments: [
        rowid, card.id, card.kind.rawValue, card.jurisdiction.rawValue, card.year,
        topicList(card.topics),
      ])
      let text = indexedText(of: card)
      for (columns, statement) in inserts {
        try statement.execute(
          arguments: [rowid] + StatementArguments(columns.map { text[$0.rawValue] }))
      }
    }
    for table in Table.allCases {
      try db.execute(sql: "INSERT INTO \(table.name)(\(table.name)) VALUES ('optimize')")
    }
    try TermStatistics.build(in: db)
    try RowLengths.build(in: db, count: corpus.cards.count)
    let meta: [(String, String)] = [
      ("schema", String(schemaVersion)), ("fingerprint", fingerprint),
      ("cards", String(corpus.cards.count)),
    ]
    for (key, value) in meta {
      try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
    }
  }

  /// The text of each column (by `Column.rawValue`) as the index stores it for `card`.
  private static func indexedText(of card: Card) -> [String] {
    let english = String(IndexedText.englishMarker)
    var text = Array(repeating: "", count: Column.allCases.count)
    text[Column.titleUz.rawValue] = IndexedText.line(card.title.uz)
    text[Column.titleEn.rawValue] = english + IndexedText.line(card.title.en)
    text[Column.summaryUz.rawValue] = IndexedText.line(card.summary.uz)
    text[Column.summaryEn.rawValue] = english + IndexedText.line(card.summary.en)
    // Read once, not kept: a large corpus's bodies stay in the content snapshot.
    let body = card.bodyWithoutKeeping
    text[Column.bodyUz.rawValue] = IndexedText.body(of: card, .uz, body: body)
    text[Column.bodyEn.rawValue] = english + IndexedText.body(of: card, .en, body: body)
    text[Column.keys.rawValue] = [card.id, card.number ?? ""].joined(separator: " ")
    return text
  }

  /// Whether `db` holds a complete index of `fingerprint` with `cardCount` cards.
  static func isValid(_ db: Database, fingerprint: String, cardCount: Int) throws -> Bool {
    let meta = try Dictionary(
      uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM meta").map {
        ($0["key"] as String, $0["value"] as String)
      })
    guard meta["schema"] == String(schemaVersion), meta["fingerprint"] == fingerprint,
      meta["cards"] == String(cardCount),
      try Int.fetchOne(db, sql: "SELECT max(rowid) FROM cards")
        == (cardCount == 0 ? nil : cardCount)
    else { return false }
    // Reading the FTS structure, a doclist and the statistics fails on a damaged index.
    for table in Table.allCases {
      _ = try Int.fetchOne(
        db, sql: "SELECT rowid FROM \(table.name) WHERE \(table.name) MATCH '\"e\"' LIMIT 1")
    }
    _ = try Int.fetchOne(db, sql: "SELECT docs FROM term_stats LIMIT 1")
    guard try RowLengths.areStored(db, count: cardCount) else { return false }
    return true
  }

  /// `|legal-basis|personal-data|`: topics in a form `LIKE '%|topic|%'` can test.
  package static func topicList(_ topics: [Topic]) -> String {
    "|" + topics.map(\.rawValue).joined(separator: "|") + "|"
  }
}
