import Foundation
import GRDB

/// The student's personal note on a card: one per card, editable.
public struct UserNote: Sendable, Hashable, Codable {
  public var cardID: String
  public var text: String
  public var created: Date
  public var updated: Date

  public init(cardID: String, text: String, created: Date, updated: Date) {
    self.cardID = cardID
    self.text = text
    self.created = created
    self.updated = updated
  }

  init(row: Row) {
    cardID = row["card_id"]
    text = row["text"]
    created = row["created_at"]
    updated = row["updated_at"]
  }
}

extension UserStore {
  /// Saves `text` as the note on `cardID`, replacing any earlier note (which keeps its creation date). Returns the
  /// note once it is committed. Surrounding white space is trimmed; an empty note throws
  /// ``UserStoreError/emptyNote(cardID:)``.
  @discardableResult
  public func saveNote(cardID: String, text: String) throws(UserStoreError) -> UserNote {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { throw .emptyNote(cardID: cardID) }
    let date = now()
    return try write { db in try Self.upsertNote(db, cardID: cardID, text: trimmed, date: date) }
  }

  /// Adds `text` as a new paragraph at the end of the note on `cardID` (or starts the note), in one transaction.
  @discardableResult
  public func appendToNote(cardID: String, text: String) throws(UserStoreError) -> UserNote {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { throw .emptyNote(cardID: cardID) }
    let date = now()
    return try write { db in
      let old = try String.fetchOne(
        db, sql: "SELECT text FROM note WHERE card_id = ?", arguments: [cardID])
      let combined = old.map { $0 + "\n\n" + trimmed } ?? trimmed
      return try Self.upsertNote(db, cardID: cardID, text: combined, date: date)
    }
  }

  /// The note on `cardID`, if any.
  public func note(on cardID: String) throws(UserStoreError) -> UserNote? {
    try read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM note WHERE card_id = ?", arguments: [cardID]).map(
        UserNote.init(row:))
    }
  }

  /// Deletes the note on `cardID`; false when there was none.
  @discardableResult
  public func removeNote(on cardID: String) throws(UserStoreError) -> Bool {
    try write { db in
      try db.execute(sql: "DELETE FROM note WHERE card_id = ?", arguments: [cardID])
      return db.changesCount > 0
    }
  }

  /// Every note, most recently edited first.
  public func notes() throws(UserStoreError) -> [UserNote] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM note ORDER BY updated_at DESC, card_id").map(
        UserNote.init(row:))
    }
  }

  /// The notes whose text or card id contains every word of `query`, ignoring case and the form of Uzbek
  /// apostrophes; most recently edited first. An empty query finds nothing.
  public func searchNotes(_ query: String) throws(UserStoreError) -> [UserNote] {
    let terms = NoteSearchText.terms(of: query)
    guard !terms.isEmpty else { return [] }
    let condition = terms.map { _ in "instr(search_text, ?) > 0" }.joined(separator: " AND ")
    return try read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM note WHERE \(condition) ORDER BY updated_at DESC, card_id",
        arguments: StatementArguments(terms)
      ).map(UserNote.init(row:))
    }
  }

  private static func upsertNote(_ db: Database, cardID: String, text: String, date: Date) throws
    -> UserNote
  {
    try db.execute(
      sql: """
        INSERT INTO note (card_id, text, created_at, updated_at, search_text) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(card_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at,
          search_text = excluded.search_text
        """,
      arguments: [cardID, text, date, date, NoteSearchText.document(cardID: cardID, text: text)])
    let row = try Row.fetchOne(db, sql: "SELECT * FROM note WHERE card_id = ?", arguments: [cardID])
    return row.map(UserNote.init(row:))
      ?? UserNote(cardID: cardID, text: text, created: date, updated: date)
  }
}
