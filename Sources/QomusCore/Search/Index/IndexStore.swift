import Foundation
import GRDB

/// Opens the search index of a corpus: from the cache directory when a valid index of the same content is there,
/// else built (into the cache when it is writable, written to a temporary file and renamed into place, so that a
/// reader never sees half an index), else built in memory. A stale or damaged cache file is never trusted: it is
/// replaced. Failing to use the cache is never an error.
enum IndexStore {
  /// How many index files (of different contents) the cache directory keeps.
  static let keptFiles = 4

  /// The index file of `fingerprint` in `directory`.
  static func indexFile(in directory: URL, fingerprint: String) -> URL {
    directory.appendingPathComponent("search-\(fingerprint).sqlite")
  }

  /// The index of `corpus`, and where it came from.
  static func open(
    _ corpus: Corpus, cacheDirectory: URL?, progress: ((LoadProgress) -> Void)? = nil
  ) throws -> (DatabaseQueue, SearchIndexOrigin) {
    let fingerprint = ContentFingerprint.of(corpus, schemaVersion: SearchIndex.schemaVersion)
    if let cacheDirectory {
      let file = indexFile(in: cacheDirectory, fingerprint: fingerprint)
      if let queue = openCached(file, fingerprint: fingerprint, cardCount: corpus.cards.count) {
        return (queue, .cache)
      }
      if let queue = try? buildCached(corpus, file: file, fingerprint: fingerprint, progress: progress) {
        pruneOldFiles(in: cacheDirectory, keeping: file)
        return (queue, .built)
      }
    }
    let queue = try DatabaseQueue(configuration: SearchIndex.configuration())
    try queue.write { db in
      try SearchIndex.build(corpus, fingerprint: fingerprint, in: db, progress: progress)
    }
    return (queue, .memory)
  }

  /// Whether `cacheDirectory` holds an index file of `corpus` (not opened, so not checked).
  static func hasCachedIndex(of corpus: Corpus, in cacheDirectory: URL) -> Bool {
    let fingerprint = ContentFingerprint.of(corpus, schemaVersion: SearchIndex.schemaVersion)
    return FileManager.default.fileExists(
      atPath: indexFile(in: cacheDirectory, fingerprint: fingerprint).path)
  }

  /// The cached index at `file` if it exists and is valid; a file that is not is removed.
  private static func openCached(_ file: URL, fingerprint: String, cardCount: Int) -> DatabaseQueue? {
    guard FileManager.default.fileExists(atPath: file.path) else { return nil }
    do {
      let queue = try DatabaseQueue(
        path: file.path, configuration: SearchIndex.configuration(readonly: true))
      let valid = try queue.read { db in
        try hasExpectedSize(db, file: file)
          && SearchIndex.isValid(db, fingerprint: fingerprint, cardCount: cardCount)
      }
      if valid { return queue }
      try? queue.close()
    } catch {}
    try? FileManager.default.removeItem(at: file)
    return nil
  }

  /// A truncated or padded file is damaged: its size must be exactly page size × page count.
  private static func hasExpectedSize(_ db: Database, file: URL) throws -> Bool {
    let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
    let pageCount = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
    let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? nil
    return pageSize > 0 && size == pageSize * pageCount
  }

  /// Builds the index into a temporary file beside `file`, renames it into place and opens it read-only.
  private static func buildCached(
    _ corpus: Corpus, file: URL, fingerprint: String, progress: ((LoadProgress) -> Void)?
  ) throws -> DatabaseQueue {
    let directory = file.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let temporary = directory.appendingPathComponent(
      ".\(file.lastPathComponent).\(UUID().uuidString).tmp")
    defer { try? FileManager.default.removeItem(at: temporary) }
    let builder = try DatabaseQueue(
      path: temporary.path, configuration: SearchIndex.configuration())
    try builder.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
      try db.inTransaction {
        try SearchIndex.build(corpus, fingerprint: fingerprint, in: db, progress: progress)
        return .commit
      }
      try db.execute(sql: "VACUUM")
    }
    try builder.close()
    guard rename(temporary.path, file.path) == 0 else {
      throw CocoaError(.fileWriteUnknown)
    }
    guard let queue = openCached(file, fingerprint: fingerprint, cardCount: corpus.cards.count)
    else {
      throw CocoaError(.fileReadCorruptFile)
    }
    return queue
  }

  /// Removes all but the `keptFiles` most recently used index files.
  private static func pruneOldFiles(in directory: URL, keeping current: URL) {
    let manager = FileManager.default
    guard
      let files = try? manager.contentsOfDirectory(
        at: directory, includingPropertiesForKeys: [.contentModificationDateKey])
    else { return }
    let indexes = files.filter {
      $0.lastPathComponent.hasPrefix("search-") && $0.pathExtension == "sqlite"
        && $0.path != current.path
    }
    let byAge = indexes.sorted {
      let lhs =
        (try? $0.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate)
        ?? .distantPast
      let rhs =
        (try? $1.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate)
        ?? .distantPast
      return lhs > rhs
    }
    for file in byAge.dropFirst(keptFiles - 1) {
      try? manager.removeItem(at: file)
    }
  }
}

/// Where a search engine's index came from.
public enum SearchIndexOrigin: String, Sendable {
  /// Opened from a valid cache file.
  case cache
  /// Built now and saved to the cache.
  case built
  /// Built now in memory (no cache directory was given, or it is not writable).
  case memory
}
