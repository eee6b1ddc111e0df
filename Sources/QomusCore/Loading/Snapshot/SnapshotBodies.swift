import Foundation
import GRDB

/// Reads card bodies from the content snapshot when cards are opened; a body missing from it (the snapshot was
/// changed by another start since) is read from the card file again.
final class SnapshotBodies: Sendable {
  let database: DatabaseQueue
  let lock = NSLock()

  init(database: DatabaseQueue) {
    self.database = database
  }

  func body(path: String, hash: Int64) -> LocalizedText {
    let stored = try? database.read { db in
      try GRDB.Row.fetchOne(
        db, sql: "SELECT uz, en FROM bodies WHERE path = ? AND hash0 = ?", arguments: [path, hash])
    }
    if let stored { return LocalizedText(uz: stored[0], en: stored[1]) }
    return ContentLoader.parseFile(path).card?.body ?? LocalizedText(uz: "", en: "")
  }
}
