import Foundation
import GRDB
import GRDBSQLite

extension ContentSnapshot {
  /// One file's card and diagnostics.
  struct FileResult {
    var card: Card?
    var diagnostics: [Diagnostic]
  }

  /// What the snapshot holds for the files on disk: a result for each file whose row matches its size and
  /// modification time (nil: read it), and the paths of rows whose file is gone.
  struct Stored {
    var results: [FileResult?]
    var removed: [String]
  }

  /// A row that failed its checksum or could not be decoded.
  struct DamagedRow: Error {}

  /// Decodes the rows that match `files`. Throws `DamagedRow` (or an SQLite error) when the snapshot cannot be
  /// trusted.
  func read(matching files: [CardFileEntry]) throws -> Stored {
    var indexByPath: [String: Int] = [:]
    indexByPath.reserveCapacity(files.count)
    for (index, file) in files.enumerated() { indexByPath[file.path] = index }
    var results = [FileResult?](repeating: nil, count: files.count)
    var removed: [String] = []
    let bodies = self.bodies
    try database.read { db in
      let statement = try db.makeStatement(
        sql: "SELECT path, size, modified, hash0, record, checksum FROM files")
      let raw = statement.sqliteStatement
      defer { sqlite3_reset(raw) }
      while true {
        let step = sqlite3_step(raw)
        if step == SQLITE_DONE { break }
        guard step == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: step)) }
        let path = Self.text(raw, 0)
        guard let index = indexByPath[path] else {
          removed.append(path)
          continue
        }
        let file = files[index]
        guard sqlite3_column_int64(raw, 1) == file.size, sqlite3_column_int64(raw, 2) == file.modified
        else { continue }
        let hash = sqlite3_column_int64(raw, 3)
        let count = Int(sqlite3_column_bytes(raw, 4))
        let record = UnsafeRawBufferPointer(start: sqlite3_column_blob(raw, 4), count: count)
        guard Self.checksum(record) == sqlite3_column_int64(raw, 5),
          let decoded = SnapshotRecord.decode(
            record, path: path, body: { CardBody(path: path, hash: hash, from: bodies) })
        else { throw DamagedRow() }
        results[index] = FileResult(card: decoded.card, diagnostics: decoded.diagnostics)
      }
    }
    return Stored(results: results, removed: removed)
  }

  /// Writes the row and body of a parsed file, and returns its card with the body left in the snapshot.
  func store(_ parsed: SnapshotLoad.ParsedFile, entry: CardFileEntry, db: Database) throws -> Card? {
    let record = SnapshotRecord.encode(card: parsed.card, diagnostics: parsed.diagnostics)
    let hash0 = Int64(bitPattern: parsed.hash.0)
    // A file changed within the last two seconds could change again within the same clock tick unseen: store no
    // modification time, so the next start reads it again.
    let now = Int64(Date().timeIntervalSince1970 * 1e9)
    let modified = now - entry.modified < 2_000_000_000 ? 0 : entry.modified
    try db.execute(
      sql: """
        INSERT OR REPLACE INTO files (path, size, modified, hash0, hash1, record, checksum)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        entry.path, entry.size, modified, hash0, Int64(bitPattern: parsed.hash.1), Data(record),
        record.withUnsafeBytes(Self.checksum),
      ])
    guard let card = parsed.card else {
      try db.execute(sql: "DELETE FROM bodies WHERE path = ?", arguments: [entry.path])
      return nil
    }
    let body = card.body
    try db.execute(
      sql: "INSERT OR REPLACE INTO bodies (path, hash0, uz, en) VALUES (?, ?, ?, ?)",
      arguments: [entry.path, hash0, body.uz, body.en])
    return card.withBody(CardBody(path: entry.path, hash: hash0, from: bodies))
  }

  /// Deletes the row and body of a file that is gone.
  func delete(_ path: String, db: Database) throws {
    try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [path])
    try db.execute(sql: "DELETE FROM bodies WHERE path = ?", arguments: [path])
  }

  private static func text(_ statement: OpaquePointer, _ column: Int32) -> String {
    guard let text = sqlite3_column_text(statement, column) else { return "" }
    let count = Int(sqlite3_column_bytes(statement, column))
    return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
  }

  /// A 64-bit hash of a record.
  static func checksum(_ record: UnsafeRawBufferPointer) -> Int64 {
    var fingerprint = ContentFingerprint()
    fingerprint.combine(record)
    return Int64(bitPattern: fingerprint.value.0)
  }
}
