import Foundation
import GRDB

/// The student's own data — bookmarks, notes, quiz reviews — in `<data dir>/user.sqlite`.
///
/// The database runs in WAL mode with `synchronous = FULL`, and every write is one transaction: once a method
/// returns, what it saved survives a kill -9 or a crash. Safe to share between threads and tasks; several processes
/// may write the same file (they wait for each other).
public final class UserStore: Sendable {
  /// The database file.
  public let databaseURL: URL
  /// True when the store was opened read-only: reads work, every write throws ``UserStoreError/readOnly(path:)``.
  public var isReadOnly: Bool { writer == nil }

  let reader: any DatabaseReader
  let writer: (any DatabaseWriter)?
  /// The clock for timestamps and review dates (injected by tests).
  let now: @Sendable () -> Date

  private init(
    url: URL, reader: any DatabaseReader, writer: (any DatabaseWriter)?,
    now: @escaping @Sendable () -> Date
  ) {
    self.databaseURL = url
    self.reader = reader
    self.writer = writer
    self.now = now
  }

  var path: String { databaseURL.path }

  /// Opens the store in `directory` for reading and writing, creating the directory and the database as needed and
  /// applying any pending migration.
  public static func open(directory: URL, now: @escaping @Sendable () -> Date = { Date() })
    throws(UserStoreError)
    -> UserStore
  {
    try prepare(directory: directory)
    let url = directory.appendingPathComponent(UserDataLocation.fileName)
    var configuration = Configuration()
    configuration.busyMode = .timeout(30)
    configuration.prepareDatabase { db in
      // WAL is durable across process kills even with NORMAL; FULL also survives a power cut.
      try db.execute(sql: "PRAGMA synchronous = FULL")
    }
    do {
      let pool = try DatabasePool(path: url.path, configuration: configuration)
      if try pool.read({ try UserSchema.migrator.hasBeenSuperseded($0) }) {
        throw UserStoreError.newerSchema(path: url.path)
      }
      try migrate(pool)
      return UserStore(url: url, reader: pool, writer: pool, now: now)
    } catch {
      throw storeError(error, path: url.path)
    }
  }

  /// Opens an existing, fully migrated store in `directory` read-only, writing nothing to disk.
  public static func openReadOnly(directory: URL, now: @escaping @Sendable () -> Date = { Date() })
    throws(UserStoreError) -> UserStore
  {
    let url = directory.appendingPathComponent(UserDataLocation.fileName)
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw .cannotOpen(path: url.path, reason: "the file does not exist")
    }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(5)
    do {
      let queue = try DatabaseQueue(path: url.path, configuration: configuration)
      let complete = try queue.read { db in
        try UserSchema.migrator.hasCompletedMigrations(db)
          || UserSchema.migrator.hasBeenSuperseded(db)
      }
      guard complete else {
        throw UserStoreError.cannotOpen(
          path: url.path, reason: "it was written by an older Qomus and needs an upgrade")
      }
      return UserStore(url: url, reader: queue, writer: nil, now: now)
    } catch {
      throw storeError(error, path: url.path)
    }
  }

  /// Opens the store for writing if possible, else read-only, else explains why there is none. The explorer uses
  /// this to keep working read-only.
  public static func openOrExplain(directory: URL, now: @escaping @Sendable () -> Date = { Date() })
    -> UserStoreAccess
  {
    let problem: UserStoreError
    do {
      return .writable(try open(directory: directory, now: now))
    } catch {
      problem = error
    }
    do {
      return .readOnly(try openReadOnly(directory: directory, now: now), reason: problem)
    } catch {
      return .unavailable(problem)
    }
  }

  // MARK: - Reading and writing

  /// Runs `body` in one write transaction: all of it is saved, or none of it.
  func write<T>(_ body: (Database) throws -> T) throws(UserStoreError) -> T {
    guard let writer else { throw .readOnly(path: path) }
    do {
      return try writer.write(body)
    } catch let error as UserStoreError {
      throw error
    } catch {
      throw .writeFailed(path: path, reason: Self.reason(error))
    }
  }

  /// Runs `body` on a consistent snapshot of the database.
  func read<T>(_ body: (Database) throws -> T) throws(UserStoreError) -> T {
    do {
      return try reader.read(body)
    } catch {
      throw .readFailed(path: path, reason: Self.reason(error))
    }
  }

  /// Runs SQLite's integrity check; true when the database is sound.
  public func checkIntegrity() throws(UserStoreError) -> Bool {
    try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok" }
  }

  // MARK: - Opening

  private static func prepare(directory: URL) throws(UserStoreError) {
    let path = directory.path
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw .notADirectory(path: path) }
    } else {
      if let reason = makeDirectories(path) {
        throw .cannotCreateDirectory(path: path, reason: reason)
      }
    }
    guard FileManager.default.isWritableFile(atPath: path) else { throw .notWritable(path: path) }
  }

  /// Creates `path` and its missing parents (private to the user); the system's reason on failure, such as
  /// "Not a directory" or "Permission denied".
  private static func makeDirectories(_ path: String) -> String? {
    var current = ""
    for component in path.split(separator: "/") {
      current += "/" + component
      if mkdir(current, 0o700) != 0 && errno != EEXIST { return String(cString: strerror(errno)) }
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      return "a part of the path is not a directory"
    }
    return nil
  }

  /// Applies pending migrations. Two processes opening a new database at once may race on a migration; the loser
  /// retries against what the winner committed.
  private static func migrate(_ pool: DatabasePool) throws {
    let migrator = UserSchema.migrator
    var attempts = 0
    while true {
      do {
        try migrator.migrate(pool)
        return
      } catch {
        attempts += 1
        if try pool.read({ try migrator.hasCompletedMigrations($0) }) { return }
        if attempts > migrator.migrations.count { throw error }
      }
    }
  }

  private static func storeError(_ error: any Error, path: String) -> UserStoreError {
    if let error = error as? UserStoreError { return error }
    if let error = error as? DatabaseError, error.resultCode == .SQLITE_NOTADB {
      return .notADatabase(path: path)
    }
    return .cannotOpen(path: path, reason: reason(error))
  }

  static func reason(_ error: any Error) -> String {
    if let error = error as? DatabaseError { return error.message ?? error.resultCode.description }
    return "\(error)"
  }
}
