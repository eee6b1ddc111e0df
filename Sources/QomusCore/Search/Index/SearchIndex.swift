import GRDB

/// The SQLite schema of the search index, and how to fill it from a corpus.
///
/// - `cards(rowid, id, kind, jurisdiction, year, topics)`: the filterable fields; rowid = position in the corpus + 1.
/// - `fts`: one FTS5 table with the `qomus` tokenizer and the columns `title_uz, title_en, summary_uz, summary_en,
///   body_uz, body_en, keys`. English columns start with `IndexedText.englishMarker`, which tells the tokenizer to
///   use the English analyzer; `keys` holds the card id and act number. Bodies are stored as plain text. One table
///   means one ranking over both languages: a term's rarity is measured over all cards, whichever language the
///   query is in.
/// - `fts_vocab`: an `fts5vocab` view of the indexed terms, for typo tolerance.
/// - `term_stats(term, docs)`: how many cards hold each term, for IDFs (`TermStatistics`).
/// - `meta(key, value)`: schema version, content fingerprint and card count, checked before a cache is trusted.
enum SearchIndex {
  static let schemaVersion = 3

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
      language == .uz ? [.titleUz, .summaryUz, .bodyUz, .keys] : [.titleEn, .summaryEn, .bodyEn, .keys]
    }

    static func summary(_ language: Language) -> Column { language == .uz ? .summaryUz : .summaryEn }
    static func body(_ language: Language) -> Column { language == .uz ? .bodyUz : .bodyEn }
  }

  /// The fields a ranking pass searches: titles (with the keys), titles and summaries, or all.
  enum ColumnScope {
    case title, head, all

    func contains(_ column: Column) -> Bool {
      switch self {
      case .title: [.titleUz, .titleEn, .keys].contains(column)
      case .head: ![.bodyUz, .bodyEn].contains(column)
      case .all: true
      }
    }
  }

  /// `qomus_rank(fts, …)` with every column's weight, then one `?` per phrase for its IDF.
  static func rankExpression(phrases: Int) -> String {
    let weights = Column.allCases.map { String($0.weight) }
    return "\(RankFunction.name)(fts, " + (weights + Array(repeating: "?", count: phrases)).joined(separator: ", ")
      + ")"
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
  static func build(_ corpus: Corpus, fingerprint: String, in db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE cards(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL,
          jurisdiction TEXT NOT NULL, year INTEGER, topics TEXT NOT NULL);
        """)
    let columns = Column.allCases.map(\.name).joined(separator: ", ")
    try db.execute(
      sql: """
        CREATE VIRTUAL TABLE fts USING fts5(\(columns), tokenize = 'qomus', prefix = '2 3');
        CREATE VIRTUAL TABLE fts_vocab USING fts5vocab(fts, 'row');
        """)
    let insertCard = try db.makeStatement(
      sql: "INSERT INTO cards(rowid, id, kind, jurisdiction, year, topics) VALUES (?, ?, ?, ?, ?, ?)")
    let insertText = try db.makeStatement(
      sql: "INSERT INTO fts(rowid, \(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    let english = String(IndexedText.englishMarker)
    for (offset, card) in corpus.cards.enumerated() {
      let rowid = offset + 1
      try insertCard.execute(arguments: [
        rowid, card.id, card.kind.rawValue, card.jurisdiction.rawValue, card.year, topicList(card.topics),
      ])
      try insertText.execute(arguments: [
        rowid, IndexedText.line(card.title.uz), english + IndexedText.line(card.title.en),
        IndexedText.line(card.summary.uz), english + IndexedText.line(card.summary.en),
        IndexedText.fromMarkdown(card.body.uz), english + IndexedText.fromMarkdown(card.body.en),
        [card.id, card.number ?? ""].joined(separator: " "),
      ])
    }
    try db.execute(sql: "INSERT INTO fts(fts) VALUES ('optimize')")
    try TermStatistics.build(in: db)
    let meta: [(String, String)] = [
      ("schema", String(schemaVersion)), ("fingerprint", fingerprint), ("cards", String(corpus.cards.count)),
    ]
    for (key, value) in meta {
      try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
    }
  }

  /// Whether `db` holds a complete index of `fingerprint` with `cardCount` cards.
  static func isValid(_ db: Database, fingerprint: String, cardCount: Int) throws -> Bool {
    let meta = try Dictionary(
      uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM meta").map {
        ($0["key"] as String, $0["value"] as String)
      })
    guard meta["schema"] == String(schemaVersion), meta["fingerprint"] == fingerprint,
      meta["cards"] == String(cardCount),
      try Int.fetchOne(db, sql: "SELECT max(rowid) FROM cards") == (cardCount == 0 ? nil : cardCount)
    else { return false }
    // Reading the FTS structure, a doclist and the statistics fails on a damaged index.
    _ = try Int.fetchOne(db, sql: "SELECT rowid FROM fts WHERE fts MATCH '\"e\"' LIMIT 1")
    _ = try Int.fetchOne(db, sql: "SELECT docs FROM term_stats LIMIT 1")
    return true
  }

  /// `|legal-basis|personal-data|`: topics in a form `LIKE '%|topic|%'` can test.
  static func topicList(_ topics: [Topic]) -> String {
    "|" + topics.map(\.rawValue).joined(separator: "|") + "|"
  }
}
