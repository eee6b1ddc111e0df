import Foundation
import GRDB

/// A starred card.
public struct Bookmark: Sendable, Hashable, Codable {
  public var cardID: String
  public var created: Date

  public init(cardID: String, created: Date) {
    self.cardID = cardID
    self.created = created
  }

  init(row: Row) {
    cardID = row["card_id"]
    created = row["created_at"]
  }
}

extension UserStore {
  /// Stars `cardID`. Starring a starred card keeps its first date. Returns the bookmark once it is saved.
  @discardableResult
  public func star(_ cardID: String) throws(UserStoreError) -> Bookmark {
    let date = now()
    return try write { db in
      try db.execute(
        sql:
          "INSERT INTO bookmark (card_id, created_at) VALUES (?, ?) ON CONFLICT(card_id) DO NOTHING",
        arguments: [cardID, date])
      let row = try Row.fetchOne(
        db, sql: "SELECT * FROM bookmark WHERE card_id = ?", arguments: [cardID])
      return row.map(Bookmark.init(row:)) ?? Bookmark(cardID: cardID, created: date)
    }
  }

  /// Removes the star from `cardID`; false when it had none.
  @discardableResult
  public func unstar(_ cardID: String) throws(UserStoreError) -> Bool {
    try write { db in
      try db.execute(sql: "DELETE FROM bookmark WHERE card_id = ?", arguments: [cardID])
      return db.changesCount > 0
    }
  }

  /// True when `cardID` is starred.
  public func isStarred(_ cardID: String) throws(UserStoreError) -> Bool {
    try read { db in
      try Bool.fetchOne(db, sql: "SELECT 1 FROM bookmark WHERE card_id = ?", arguments: [cardID])
        ?? false
    }
  }

  /// Every bookmark, newest first.
  public func bookmarks() throws(UserStoreError) -> [Bookmark] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM bookmark ORDER BY created_at DESC, rowid DESC").map(
        Bookmark.init(row:))
    }
  }
}
