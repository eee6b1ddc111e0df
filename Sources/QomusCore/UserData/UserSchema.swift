import Foundation
import GRDB

/// The user database's schema, as named migrations. Never edit a shipped migration: add a new one.
enum UserSchema {
  /// The migration identifiers, oldest first.
  enum Migration: String, CaseIterable {
    case bookmarksAndNotes = "v1-bookmarks-and-notes"
    case noteSearchText = "v2-note-search-text"
    case quizReview = "v3-quiz-review"
    case noteSearchFolding = "v4-note-search-folding"
    case fsrsReview = "v5-fsrs-review"
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
    // FSRS replaces the Leitner boxes. The old table is kept, renamed `leitner_review`, and every row is carried
    // into the new one: its box becomes a memory state (LeitnerConversion), its due time the day it falls on.
    migrator.registerMigration(Migration.fsrsReview.rawValue) { db in
      try db.execute(
        sql: """
          ALTER TABLE review RENAME TO leitner_review;
          CREATE TABLE review (
            question_id TEXT NOT NULL PRIMARY KEY,
            card_ids TEXT NOT NULL,
            stability REAL NOT NULL CHECK (stability > 0),
            difficulty REAL NOT NULL CHECK (difficulty BETWEEN 1 AND 10),
            due_on TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            answered_at DATETIME NOT NULL,
            last_rating INTEGER NOT NULL CHECK (last_rating BETWEEN 1 AND 4),
            correct_count INTEGER NOT NULL DEFAULT 0,
            wrong_count INTEGER NOT NULL DEFAULT 0,
            lapses INTEGER NOT NULL DEFAULT 0
          );
          CREATE INDEX review_due_on ON review(due_on);
          """)
      let calendar = Calendar.current
      for row in try Row.fetchAll(db, sql: "SELECT * FROM leitner_review") {
        let correctCount: Int = row["correct_count"]
        let wrongCount: Int = row["wrong_count"]
        let lastCorrect: Bool = row["last_correct"]
        let due: Date = row["due_at"]
        let state = ReviewState(
          questionID: row["question_id"], cardIDs: [], memory: LeitnerConversion.memory(box: row["box"]),
          due: CalendarDay(due, in: calendar), lastAnswered: row["answered_at"],
          lastRating: ReviewRating(correct: lastCorrect), correctCount: correctCount, wrongCount: wrongCount,
          lapses: LeitnerConversion.lapses(correctCount: correctCount, wrongCount: wrongCount))
        try ReviewState.save(state, cardIDs: row["card_ids"], in: db)
      }
    }
    return migrator
  }()
}
