import GRDB

/// How many cards hold each indexed term (the `term_stats` table, filled from `fts5vocab` when the index is built),
/// and from that the IDF of every phrase of a MATCH expression, passed to `qomus_rank` so that it need not count
/// rows itself.
enum TermStatistics {
  /// Creates and fills `term_stats` from the finished FTS table.
  static func build(in db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE term_stats(term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
        INSERT INTO term_stats(term, docs) SELECT term, doc FROM fts_vocab;
        """)
  }

  /// One phrase of a MATCH expression this module wrote: its terms, and whether the last is a prefix.
  struct Phrase: Equatable {
    var terms: [String]
    var isPrefix: Bool
  }

  /// The phrases of `match`, in the order FTS5 numbers them (left to right). Only for expressions built by
  /// `MatchBuilder`: every phrase is a double-quoted string, `""` inside it is a quote, ` *` after it a prefix.
  static func phrases(of match: String) -> [Phrase] {
    let scalars = Array(match.unicodeScalars)
    var phrases: [Phrase] = []
    var index = 0
    while index < scalars.count {
      guard scalars[index] == "\"" else {
        index += 1
        continue
      }
      var text = String.UnicodeScalarView()
      index += 1
      while index < scalars.count {
        if scalars[index] == "\"" {
          if index + 1 < scalars.count, scalars[index + 1] == "\"" {
            text.append("\"")
            index += 2
            continue
          }
          index += 1
          break
        }
        text.append(scalars[index])
        index += 1
      }
      var next = index
      while next < scalars.count, scalars[next] == " " { next += 1 }
      let isPrefix = next < scalars.count && scalars[next] == "*"
      if isPrefix { index = next + 1 }
      phrases.append(
        Phrase(terms: String(text).split(separator: " ").map(String.init), isPrefix: isPrefix))
    }
    return phrases
  }

  /// The Lucene IDF of each phrase of `match` over `rows` cards: a term's count from `term_stats`; a phrase of
  /// several terms counts as its rarest term (an upper bound of its rows); a prefix as the sum over the terms it
  /// starts (at most `rows`).
  ///
  /// `cache` remembers counts across queries (the index never changes); it is cleared when it grows large.
  static func inverseFrequencies(
    of match: String, rows: Int, db: Database, cache: LockedValue<[String: Int]>
  ) throws -> [Double] {
    func cached(_ key: String, _ count: () throws -> Int) rethrows -> Int {
      if let known = cache.withLock({ $0[key] }) { return known }
      let value = try count()
      cache.withLock { counts in
        if counts.count > 50_000 { counts.removeAll() }
        counts[key] = value
      }
      return value
    }
    func docs(_ term: String) throws -> Int {
      try cached(term) {
        try Int.fetchOne(
          db.cachedStatement(sql: "SELECT docs FROM term_stats WHERE term = ?"), arguments: [term])
          ?? 0
      }
    }
    func prefixDocs(_ prefix: String) throws -> Int {
      // Keyed with a character no term holds.
      try cached(prefix + " *") {
        let sql =
          "SELECT sum(docs) FROM (SELECT docs FROM term_stats WHERE term >= ? AND term < ? LIMIT 2000)"
        return try Int.fetchOne(
          db.cachedStatement(sql: sql), arguments: [prefix, prefix + "\u{10FFFF}"]) ?? 0
      }
    }
    return try phrases(of: match).map { phrase in
      var counts = try phrase.terms.dropLast().map(docs)
      if let last = phrase.terms.last {
        counts.append(try phrase.isPrefix ? prefixDocs(last) : docs(last))
      }
      let hits = min(counts.min() ?? 0, rows)
      return RankFunction.inverseFrequency(hits: hits, rows: max(rows, 1))
    }
  }
}
