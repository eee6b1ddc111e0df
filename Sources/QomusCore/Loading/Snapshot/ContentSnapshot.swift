import Foundation
import GRDB

/// The content snapshot: what loading a content directory found, kept in the cache directory (one SQLite file per
/// content directory) so that the next start reads and parses only the card files that changed.
///
/// - `meta(key, value)`: the snapshot's format and the cards directory it describes; a file with other values
///   (stale or foreign), unreadable or damaged is replaced, never trusted.
/// - `files(path, size, modified, hash0, hash1, record, checksum)`: one row per card file, keyed by its path, size,
///   modification time and a 128-bit hash of its bytes; `record` is the card without its body plus the file's own
///   diagnostics (`SnapshotRecord`), `checksum` a hash of `record`, so that a damaged row is caught.
/// - `bodies(path, hash0, uz, en)`: the bodies, read when a card is opened (`SnapshotBodies`).
final class ContentSnapshot {
  /// Changed whenever the parser or the record encoding changes what a file yields.
  static let format = "qomus-content 1"

  let file: URL
  let database: DatabaseQueue
  /// Reads the bodies of this snapshot's cards.
  let bodies: SnapshotBodies

  private init(file: URL, database: DatabaseQueue) {
    self.file = file
    self.database = database
    bodies = SnapshotBodies(database: database)
  }

  /// The snapshot file of `cardsDirectory` in `cacheDirectory`.
  static func file(for cardsDirectory: String, in cacheDirectory: URL) -> URL {
    var fingerprint = ContentFingerprint()
    fingerprint.combine(cardsDirectory)
    return cacheDirectory.appendingPathComponent("content-\(fingerprint.hexDigest.prefix(16)).sqlite")
  }

  /// An opened snapshot: `created` when it is new and empty, with why an existing one was replaced.
  struct Opened {
    var snapshot: ContentSnapshot
    var created: Bool
    var rejection: SnapshotRejection?
  }

  /// Opens the snapshot of `cardsDirectory`, or creates an empty one; a snapshot that is unreadable, damaged,
  /// of another format or of another directory is deleted and replaced. Nil when the cache cannot be written.
  static func open(cardsDirectory: String, cacheDirectory: URL) -> Opened? {
    let file = file(for: cardsDirectory, in: cacheDirectory)
    var rejection: SnapshotRejection?
    if FileManager.default.fileExists(atPath: file.path) {
      do {
        let database = try DatabaseQueue(path: file.path, configuration: configuration())
        let verdict = try database.read { db in
          try check(db, file: file, cardsDirectory: cardsDirectory)
        }
        if verdict == nil {
          return Opened(snapshot: ContentSnapshot(file: file, database: database), created: false)
        }
        rejection = verdict
        try? database.close()
      } catch {
        rejection = .unreadable
      }
      discard(file)
    }
    do {
      try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
      let temporary = cacheDirectory.appendingPathComponent(
        ".\(file.lastPathComponent).\(UUID().uuidString).tmp")
      defer { try? FileManager.default.removeItem(at: temporary) }
      let builder = try DatabaseQueue(path: temporary.path, configuration: configuration())
      try builder.write { db in try create(db, cardsDirectory: cardsDirectory) }
      try builder.close()
      guard rename(temporary.path, file.path) == 0 else { return nil }
      let database = try DatabaseQueue(path: file.path, configuration: configuration())
      return Opened(
        snapshot: ContentSnapshot(file: file, database: database), created: true, rejection: rejection)
    } catch {
      return nil
    }
  }

  private static func configuration() -> Configuration {
    var configuration = Configuration()
    configuration.busyMode = .timeout(5)
    configuration.label = "qomus content snapshot"
    return configuration
  }

  /// Deletes a snapshot file and any journal it left.
  static func discard(_ file: URL) {
    for suffix in ["", "-journal", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: file.path + suffix)
    }
  }

  private static func create(_ db: Database, cardsDirectory: String) throws {
    try db.execute(
      sql: """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE files (
          path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified INTEGER NOT NULL,
          hash0 INTEGER NOT NULL, hash1 INTEGER NOT NULL, record BLOB NOT NULL, checksum INTEGER NOT NULL);
        CREATE TABLE bodies (
          path TEXT PRIMARY KEY, hash0 INTEGER NOT NULL, uz TEXT NOT NULL, en TEXT NOT NULL);
        """)
    try db.execute(
      sql: "INSERT INTO meta (key, value) VALUES ('format', ?), ('cards', ?)",
      arguments: [format, cardsDirectory])
  }

  /// Nil when `db` is a whole snapshot of `cardsDirectory` in this format, else why it is not.
  private static func check(_ db: Database, file: URL, cardsDirectory: String) throws
    -> SnapshotRejection?
  {
    let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
    let pageCount = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
    let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? nil
    guard pageSize > 0, size == pageSize * pageCount else { return .damaged }
    guard try db.tableExists("meta"), try db.tableExists("files"), try db.tableExists("bodies")
    else { return .foreign }
    var meta: [String: String] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") {
      meta[row[0]] = row[1]
    }
    guard meta["format"] == format, meta["cards"] == cardsDirectory else { return .foreign }
    return nil
  }
}

/// Why an existing content snapshot was not used.
public enum SnapshotRejection: String, Sendable, Equatable {
  /// SQLite could not read it.
  case unreadable
  /// Truncated or padded, or a row failed its checksum.
  case damaged
  /// Of another format, another content directory, or not a snapshot at all.
  case foreign
}
