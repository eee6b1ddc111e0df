import Foundation
import GRDB
import Testing

@testable import QomusCore

@Suite("Row lengths for ranking")
struct RowLengthsTests {
  private static let corpus = SearchTestCorpus.corpus

  private func index() throws -> DatabaseQueue {
    try IndexStore.open(Self.corpus, cacheDirectory: nil).0
  }

  @Test func everyCardHasItsLength() throws {
    let queue = try index()
    let lengths = try #require(
      try queue.read { db in try RowLengths.load(db, count: Self.corpus.cards.count) })
    #expect(lengths.values.count == Self.corpus.cards.count)
    #expect(lengths.values.allSatisfy { $0 > 10 })
    #expect(lengths.length(of: 0) == nil)
    #expect(lengths.length(of: Int64(Self.corpus.cards.count + 1)) == nil)
  }

  @Test func varintsDecodeAsSQLiteWritesThem() {
    #expect(
      RowLengths.columnSizes(Data([0x05, 0x7F, 0x81, 0x00, 0x82, 0x80, 0x01])) == [
        5, 127, 128, 32769,
      ])
    #expect(RowLengths.columnSizes(Data()) == [])
  }

  @Test func rankingFromMemoryEqualsRankingFromFTS5() throws {
    let queue = try index()
    let sql =
      "SELECT rowid, \(SearchIndex.rankExpression(arguments: 0)) FROM fts WHERE fts MATCH ? ORDER BY rowid"
    for match in ["\"qonun\"", "\"elektron\" AND \"xizmat\"", "\"law\" OR \"data\""] {
      let fromFTS5 = try queue.read { db in try Row.fetchAll(db, sql: sql, arguments: [match]) }
      let fromMemory = try queue.read { db in
        let lengths = try RowLengths.load(db, count: Self.corpus.cards.count)
        RankFunction.register(
          in: db, context: RankFunction.Context(collector: nil, lengths: lengths))
        return try Row.fetchAll(db, sql: sql, arguments: [match])
      }
      #expect(!fromFTS5.isEmpty)
      #expect(fromFTS5.map { $0[0] as Int64 } == fromMemory.map { $0[0] as Int64 })
      for (a, b) in zip(fromFTS5, fromMemory) {
        #expect(abs((a[1] as Double) - (b[1] as Double)) < 1e-9, "\(match)")
      }
    }
  }
}
