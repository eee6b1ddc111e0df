import Foundation
import Testing

@testable import QomusCore

/// Random hostile queries: FTS5 syntax, quotes, emoji, control characters, scripts, huge input. Every one must give
/// results or none, never an SQLite error (the engine's throwing entry point is called directly).
@Suite("Search fuzzing")
struct SearchFuzzTests {
  static let pieces = [
    "\"", "\"\"", "'", "‘", "’", "ʻ", "ʼ", "`", "´", "(", ")", "*", "**", ":", "^", "+", "-",
    "NEAR", "NEAR(",
    "AND", "OR", "NOT", "{", "}", "[", "]", ",", ".", "/", "\\", "\u{0}", "\u{1B}[31m", "\u{7F}",
    "\u{9B}",
    "\u{202E}", "\u{FEFF}", "\u{E000}", "\u{E001}", "\u{E010}", "🙂", "👩‍👩‍👧", "🇺🇿", "中文", "عربي", "Ω",
    "é", "e\u{301}",
    "oʻzbekiston", "ўзбекистон", "qonun", "elektron", "hukumat", "210-FZ", "my.gov.uz", "ISO/IEC",
    "27001",
    "kind:", "kind:act", "kind:xyz", "jur:", "jur:EE", "topic:", "topic:data", "year:", "year:2002",
    "year:-",
    "year:9999-1", "rowid", "fts", "MATCH", "SELECT", "';--", "%", "_", "\t", "\n", " ", "  ", "x",
    "xx",
    String(repeating: "a", count: 300), String(repeating: "ў", count: 200),
  ]

  @Test func randomHostileQueriesNeverFail() throws {
    let engine = try SearchTestCorpus.engine()
    var random = SeededGenerator(seed: 7)
    var matched = 0
    for round in 0..<2_000 {
      let count = 1 + Int(random.next() % 8)
      let query = (0..<count).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
      }
      .joined(separator: random.next() % 3 == 0 ? "" : " ")
      let options = SearchOptions(
        language: [nil, .uz, .en][round % 3], limit: 1 + round % 7, prefixLastWord: round % 2 == 0)
      let hits = try engine.hits(
        for: SearchQuery(query, prefixLastWord: options.prefixLastWord), options: options)
      #expect(hits.count <= options.limit)
      if !hits.isEmpty { matched += 1 }
    }
    // The pieces include real words: some queries must find something, or the test proves nothing.
    #expect(matched > 50)
  }

  @Test func aHugeQueryIsHandled() throws {
    let engine = try SearchTestCorpus.engine()
    let huge = String(repeating: "elektron \"hukumat NEAR( 🙂 ", count: 8_000)
    #expect(huge.utf8.count > 200_000)
    _ = try engine.hits(for: SearchQuery(huge, prefixLastWord: true), options: SearchOptions())
    let oneWord = String(repeating: "x", count: 200_000)
    #expect(try engine.hits(for: SearchQuery(oneWord), options: SearchOptions()).isEmpty)
  }

  @Test func randomBytesAsTextAreHandled() throws {
    let engine = try SearchTestCorpus.engine()
    var random = SeededGenerator(seed: 11)
    for _ in 0..<300 {
      let scalars = (0..<(1 + random.next() % 40)).compactMap { _ in
        Unicode.Scalar(UInt32(random.next() % 0x3_0000))
      }
      let text = String(String.UnicodeScalarView(scalars))
      _ = try engine.hits(for: SearchQuery(text, prefixLastWord: true), options: SearchOptions())
    }
  }
}
