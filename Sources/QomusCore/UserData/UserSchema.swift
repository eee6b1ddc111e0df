import GRDB

/// The user database's schema, as named migrations. Never edit a shipped migration: add a new one.
enum UserSchema {
  /// The migration identifiers, oldest first.
  enum Migration: String, CaseIterable {
    case bookmarksAndNotes = "v1-bookmarks-and-notes"
    case noteSearchText = "v2-note-search-text"
    case quizReview = "v3-quiz-review"
    case noteSearchFolding = "v4-note-search-folding"
  }

  static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    migrator.registerMigration(Migration.bookmarksAndNotes.rawValue) { db in
      try db.execute(
        sql: """
          CREATE TABLE bookmark (
            card_id TEXT NOT NULL PRIMARY KEY,
            created_at DATETIME NOT NULL
          );
          CREATE TABLE note (
            card_id TEXT NOT NULL PRIMARY KEY,
            text TEXT NOT NULL,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
          );
          """)
    }
    // Notes are searched on a folded copy of their text (case and Uzbek apostrophes); old notes are folded here.
    migrator.registerMigration(Migration.noteSearchText.rawValue) { db in
      try db.execute(sql: "ALTER TABLE note ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
      try db.execute(sql: "CREATE INDEX note_updated_at ON note(updated_at)")
      let rows = try Row.fetchAll(db, sql: "SELECT card_id, text FROM note")
      for row in rows {
        let cardID: String = row["card_id"]
        let text: String = row["text"]
        try db.execute(
          sql: "UPDATE note SET search_text = ? WHERE card_id = ?",
          arguments: [NoteSearchText.document(cardID: cardID, text: text), cardID])
      }
    }
    migrator.registerMigration(Migration.quizReview.rawValue) { db in
      try db.execute(
        sql: """
          CREATE TABLE review (
            question_id TEXT NOT NULL PRIMARY KEY,
            card_ids TEXT NOT NULL,
            box INTEGER NOT NULL CHECK (box BETWEEN 1 AND 5),
            due_at DATETIME NOT NULL,
            answered_at DATETIME NOT NULL,
            last_correct BOOLEAN NOT NULL,
            correct_count INTEGER NOT NULL DEFAULT 0,
            wrong_count INTEGER NOT NULL DEFAULT 0
          );
          CREATE INDEX review_due_at ON review(due_at);
          """)
    }
    // Notes search folds as card search does (`TextFolding.foldText`): old notes are folded again.
    migrator.registerMigration(Migration.noteSearchFolding.rawValue) { db in
      for row in try Row.fetchAll(db, sql: "SELECT card_id, text FROM note") {
        let cardID: String = row["card_id"]
        let text: String = row["text"]
        try db.execute(
          sql: "UPDATE note SET search_text = ? WHERE card_id = ?",
          arguments: [NoteSearchText.document(cardID: cardID, text: text), cardID])
      }
    }
    return migrator
  }()
}
