import Foundation
import GRDB

/// Loading through the content snapshot: rows of unchanged files are decoded; only changed or new files are read
/// and parsed (in parallel, in chunks written to the snapshot as they are done, their bodies then dropped from
/// memory); rows of removed files are deleted. Any doubt about the snapshot (unreadable, damaged, foreign, a row
/// that fails its checksum) means it is made anew from the files.
enum SnapshotLoad {
  /// Files parsed per chunk.
  static let chunkSize = 256

  /// What the files yielded, in file order.
  struct Outcome {
    var results: [ContentSnapshot.FileResult]
    var filesRead: Int
    var status: SnapshotStatus
  }

  /// Loads `files` of `cardsDirectory` through the snapshot in `cacheDirectory`; nil when no snapshot can be used.
  static func load(
    _ files: [CardFileEntry], cardsDirectory: String, cacheDirectory: URL,
    progress: ((LoadProgress) -> Void)?
  ) -> Outcome? {
    guard var opened = ContentSnapshot.open(cardsDirectory: cardsDirectory, cacheDirectory: cacheDirectory)
    else { return nil }
    var stored: ContentSnapshot.Stored
    do {
      stored = try opened.snapshot.read(matching: files)
    } catch {
      // A row that cannot be trusted: start again from an empty snapshot.
      try? opened.snapshot.database.close()
      ContentSnapshot.discard(opened.snapshot.file)
      guard let fresh = ContentSnapshot.open(cardsDirectory: cardsDirectory, cacheDirectory: cacheDirectory)
      else { return nil }
      opened = fresh
      opened.rejection = .damaged
      stored = ContentSnapshot.Stored(results: Array(repeating: nil, count: files.count), removed: [])
    }
    let snapshot = opened.snapshot
    let toRead = files.indices.filter { stored.results[$0] == nil }
    var results = stored.results
    if !toRead.isEmpty || !stored.removed.isEmpty {
      do {
        try snapshot.database.writeWithoutTransaction { db in
          try db.inTransaction {
            for path in stored.removed { try snapshot.delete(path, db: db) }
            if !toRead.isEmpty { progress?(LoadProgress(completed: 0, total: toRead.count)) }
            for start in stride(from: 0, to: toRead.count, by: chunkSize) {
              let chunk = Array(toRead[start..<min(start + chunkSize, toRead.count)])
              let parsed = parse(chunk.map { files[$0] })
              for (offset, index) in chunk.enumerated() {
                guard let file = parsed[offset] else {
                  results[index] = ContentSnapshot.FileResult(
                    card: nil, diagnostics: [ContentLoader.unreadable(files[index].path)])
                  continue
                }
                let card = try snapshot.store(file, entry: files[index], db: db)
                results[index] = ContentSnapshot.FileResult(card: card, diagnostics: file.diagnostics)
              }
              progress?(LoadProgress(completed: start + chunk.count, total: toRead.count))
            }
            return .commit
          }
        }
      } catch {
        return nil
      }
    }
    let status: SnapshotStatus
    if opened.created {
      status = .rebuilt(opened.rejection)
    } else {
      status = toRead.isEmpty && stored.removed.isEmpty ? .unchanged : .updated
    }
    return Outcome(
      results: results.map { $0 ?? ContentSnapshot.FileResult(card: nil, diagnostics: []) },
      filesRead: toRead.count, status: status)
  }

  /// A parsed file, ready to be stored.
  struct ParsedFile {
    var card: Card?
    var diagnostics: [Diagnostic]
    var hash: (UInt64, UInt64)
  }

  /// Reads and parses `files` in parallel; nil for a file that cannot be read.
  static func parse(_ files: [CardFileEntry]) -> [ParsedFile?] {
    var parsed = [ParsedFile?](repeating: nil, count: files.count)
    parsed.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let output = buffer
      DispatchQueue.concurrentPerform(iterations: files.count) { index in
        guard let bytes = CardFileList.contents(of: files[index].path) else { return }
        let (card, diagnostics) = ContentLoader.parse(bytes, file: files[index].path)
        output[index] = ParsedFile(
          card: card, diagnostics: diagnostics, hash: ContentFingerprint.hash(of: bytes))
      }
    }
    return parsed
  }
}
