import GRDB

/// The SQLite schema of the search index, and how to fill it from a corpus.
///
/// - `cards(rowid, id, kind, jurisdiction, year, topics)`: the filterable fields; rowid = position in the corpus + 1.
/// - `fts_uz`, `fts_en`: FTS5 tables `(title, summary, body, keys)` with the `qomus uz` / `qomus en` tokenizer;
///   `keys` holds the card id and act number. Bodies are stored as plain text (see `PlainText`).
/// - `vocab_uz`, `vocab_en`: `fts5vocab` views of the indexed terms, for typo tolerance.
/// - `meta(key, value)`: schema version, content fingerprint and card count, checked before a cache is trusted.
enum SearchIndex {
  static let schemaVersion = 1

  /// The FTS5 table of `language`.
  static func table(_ language: Language) -> String { "fts_\(language.rawValue)" }

  /// The `fts5vocab` table of `language`.
  static func vocabularyTable(_ language: Language) -> String { "vocab_\(language.rawValue)" }

  /// BM25 column weights: title, summary, body, keys.
  static let weights = "10.0, 4.0, 1.0, 10.0"

  /// A configuration whose connections know the `qomus` tokenizer.
  static func configuration(readonly: Bool = false) -> Configuration {
    var configuration = Configuration()
    configuration.readonly = readonly
    configuration.label = "qomus-search"
    configuration.prepareDatabase { db in db.add(tokenizer: QomusTokenizer.self) }
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
    for language in Language.allCases {
      let table = table(language)
      try db.execute(
        sql: """
          CREATE VIRTUAL TABLE \(table) USING fts5(title, summary, body, keys,
            tokenize = 'qomus \(language.rawValue)', prefix = '2 3');
          CREATE VIRTUAL TABLE \(vocabularyTable(language)) USING fts5vocab(\(table), 'row');
          """)
    }
    let insertCard = try db.makeStatement(
      sql: "INSERT INTO cards(rowid, id, kind, jurisdiction, year, topics) VALUES (?, ?, ?, ?, ?, ?)")
    let insertText = try Language.allCases.map { language in
      try db.makeStatement(
        sql: "INSERT INTO \(table(language))(rowid, title, summary, body, keys) VALUES (?, ?, ?, ?, ?)")
    }
    for (offset, card) in corpus.cards.enumerated() {
      let rowid = offset + 1
      try insertCard.execute(arguments: [
        rowid, card.id, card.kind.rawValue, card.jurisdiction.rawValue, card.year, topicList(card.topics),
      ])
      let keys = [card.id, card.number ?? ""].joined(separator: " ")
      for (language, statement) in zip(Language.allCases, insertText) {
        try statement.execute(arguments: [
          rowid, card.title[language], card.summary[language], IndexedText.fromMarkdown(card.body[language]), keys,
        ])
      }
    }
    for language in Language.allCases {
      let table = table(language)
      try db.execute(sql: "INSERT INTO \(table)(\(table)) VALUES ('optimize')")
    }
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
      try Int.fetchOne(db, sql: "SELECT count(*) FROM cards") == cardCount
    else { return false }
    for language in Language.allCases {
      // Reading the FTS structure and one doclist fails on a damaged index.
      _ = try Int.fetchOne(
        db, sql: "SELECT count(*) FROM \(table(language)) WHERE \(table(language)) MATCH '\"e\"'")
    }
    return true
  }

  /// `|legal-basis|personal-data|`: topics in a form `LIKE '%|topic|%'` can test.
  static func topicList(_ topics: [Topic]) -> String {
    "|" + topics.map(\.rawValue).joined(separator: "|") + "|"
  }
}
