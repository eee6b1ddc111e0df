import Foundation
import GRDB

/// Every card's length in tokens (all indexed columns together), held in memory for `qomus_rank`.
///
/// BM25 normalises by a row's length. FTS5 reads it from its `_docsize` table, one B-tree lookup per ranked row,
/// which is most of the cost of ranking a common word's ten thousand matches. The index stores the lengths once as
/// one blob (`row_lengths`), four bytes per card, read at open in well under a millisecond.
final class RowLengths: Sendable {
  /// Length of rowid `r` at `values[r - 1]`.
  let values: [UInt32]
  /// The mean length, as BM25 wants it (at least 1).
  let average: Double

  init(_ values: [UInt32]) {
    self.values = values
    average =
      values.isEmpty ? 1 : max(Double(values.reduce(0) { $0 + Int($1) }) / Double(values.count), 1)
  }

  /// The length of `rowid`, or nil if it is not a card.
  func length(of rowid: Int64) -> Double? {
    rowid >= 1 && rowid <= values.count ? Double(values[Int(rowid) - 1]) : nil
  }

  /// Creates and fills `row_lengths` from the finished FTS table `fts`, whose rowids run 1…`count`.
  ///
  /// The lengths come from FTS5's own `fts_docsize` table (FTS5 reports no sizes to auxiliary functions in a scan
  /// without MATCH): one row per card, its `sz` blob one SQLite varint per column.
  static func build(in db: Database, count: Int) throws {
    var values = [UInt32](repeating: 0, count: count)
    let rows = try Row.fetchCursor(db, sql: "SELECT id, sz FROM fts_docsize")
    while let row = try rows.next() {
      let rowid: Int64 = row[0]
      guard rowid >= 1, rowid <= count, let sizes = row[1] as Data? else { continue }
      values[Int(rowid) - 1] = UInt32(clamping: columnSizes(sizes).reduce(0, +))
    }
    let data = values.withUnsafeBytes { Data($0) }
    try db.execute(
      sql: """
        CREATE TABLE row_lengths(data BLOB NOT NULL);
        INSERT INTO row_lengths(data) VALUES (?);
        """, arguments: [data])
  }

  /// The values of a sequence of SQLite varints: big-endian groups of seven bits, the high bit set on all but the
  /// last byte of each (the ninth byte of a nine-byte varint carries eight bits).
  static func columnSizes(_ blob: Data) -> [Int] {
    var values: [Int] = []
    var value: UInt64 = 0
    var length = 0
    for byte in blob {
      length += 1
      if length == 9 {
        value = value << 8 | UInt64(byte)
      } else {
        value = value << 7 | UInt64(byte & 0x7F)
        if byte & 0x80 != 0 { continue }
      }
      values.append(Int(clamping: value))
      value = 0
      length = 0
    }
    return values
  }

  /// Whether `db` stores lengths for `count` cards (without reading them).
  static func areStored(_ db: Database, count: Int) throws -> Bool {
    try Int.fetchOne(db, sql: "SELECT length(data) FROM row_lengths") == count * MemoryLayout<UInt32>.size
  }

  /// The lengths stored in `db`, if they cover `count` cards.
  static func load(_ db: Database, count: Int) throws -> RowLengths? {
    guard let data = try Data.fetchOne(db, sql: "SELECT data FROM row_lengths"),
      data.count == count * MemoryLayout<UInt32>.size
    else { return nil }
    var values = [UInt32](repeating: 0, count: count)
    values.withUnsafeMutableBytes { target in data.withUnsafeBytes { target.copyMemory(from: $0) } }
    return RowLengths(values)
  }
}
