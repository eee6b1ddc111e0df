import Foundation
import GRDB
import Testing

@testable import QomusCore

/// Databases written by other versions of Qomus.
@Suite("User store migrations")
struct UserStoreMigrationTests {
  typealias Support = UserDataTestSupport

  /// Writes the database exactly as the first version (migration v1 only) left it, with one bookmark and one note.
  static func writeVersionOneDatabase(in directory: URL) throws {
    let queue = try DatabaseQueue(path: directory.appendingPathComponent("user.sqlite").path)
    try queue.write { db in
      try db.execute(
        sql: """
          CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
          INSERT INTO grdb_migrations VALUES ('v1-bookmarks-and-notes');
          CREATE TABLE bookmark (card_id TEXT NOT NULL PRIMARY KEY, created_at DATETIME NOT NULL);
          CREATE TABLE note (
            card_id TEXT NOT NULL PRIMARY KEY, text TEXT NOT NULL,
            created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL);
          INSERT INTO bookmark VALUES ('act-a', '2024-05-01 10:00:00.000');
          INSERT INTO note VALUES ('act-a', 'Oʻzbekiston: old note', '2024-05-01 10:00:00.000',
            '2024-05-02 10:00:00.000');
          """)
    }
  }

  @Test func anOldDatabaseIsMigratedKeepingItsDataAndMakingOldNotesSearchable() throws {
    let scratch = try Support.Directory()
    try Self.writeVersionOneDatabase(in: scratch.url)
    let store = try UserStore.open(directory: scratch.url)
    let applied = try store.read { db in try UserSchema.migrator.appliedMigrations(db) }
    #expect(applied == UserSchema.Migration.allCases.map(\.rawValue))
    #expect(try store.bookmarks().map(\.cardID) == ["act-a"])
    let note = try #require(try store.note(on: "act-a"))
    #expect(note.text == "Oʻzbekiston: old note")
    #expect(note.updated > note.created)
    #expect(
      try store.searchNotes("o'zbekiston").map(\.cardID) == ["act-a"], "v2 folded the old note")
    try store.recordAnswer(questionID: "year:act-a", cardIDs: ["act-a"], correct: true)
    #expect(try store.reviewStates().count == 1, "v3 added the review table")
    #expect(try store.checkIntegrity())
  }

  /// Writes the database as the Leitner version (migrations v1–v3) left it, with two answered questions.
  static func writeLeitnerDatabase(in directory: URL) throws {
    let queue = try DatabaseQueue(path: directory.appendingPathComponent("user.sqlite").path)
    try queue.write { db in
      try db.execute(
        sql: """
          CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
          INSERT INTO grdb_migrations VALUES ('v1-bookmarks-and-notes'), ('v2-note-search-text'),
            ('v3-quiz-review');
          CREATE TABLE bookmark (card_id TEXT NOT NULL PRIMARY KEY, created_at DATETIME NOT NULL);
          CREATE TABLE note (
            card_id TEXT NOT NULL PRIMARY KEY, text TEXT NOT NULL,
            created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL,
            search_text TEXT NOT NULL DEFAULT '');
          CREATE INDEX note_updated_at ON note(updated_at);
          CREATE TABLE review (
            question_id TEXT NOT NULL PRIMARY KEY,
            card_ids TEXT NOT NULL,
            box INTEGER NOT NULL CHECK (box BETWEEN 1 AND 5),
            due_at DATETIME NOT NULL,
            answered_at DATETIME NOT NULL,
            last_correct BOOLEAN NOT NULL,
            correct_count INTEGER NOT NULL DEFAULT 0,
            wrong_count INTEGER NOT NULL DEFAULT 0);
          CREATE INDEX review_due_at ON review(due_at);
          INSERT INTO bookmark VALUES ('act-a', '2024-05-01 10:00:00.000');
          INSERT INTO review VALUES
            ('year:act-a', 'act-a', 3, '2024-05-05 12:00:00.000', '2024-05-01 12:00:00.000', 1, 2, 1),
            ('fixes:prop-b:def-c', 'prop-b def-c', 1, '2024-05-02 12:00:00.000', '2024-05-01 12:00:00.000', 0,
              0, 2);
          """)
    }
  }

  /// Leitner history becomes FSRS memory by fsrs-rs's `memory_state_from_sm2` with ease 2 and retention 0.9
  /// (computed by hand in Python): S is the box's interval (box 3 → 4 days, box 1 → 1 day) and
  /// D = 11 − 1 / (e^1.8722 · S^(−0.1666) · (e^(0.1 · 0.796) − 1)) = 8.661677401743539 for S = 4 and
  /// 9.143900591760373 for S = 1. The due day and the counts are kept; the old rows stay in `leitner_review`.
  @Test func leitnerReviewsAreCarriedIntoFSRSMemoryStates() throws {
    let scratch = try Support.Directory()
    try Self.writeLeitnerDatabase(in: scratch.url)
    let store = try UserStore.open(directory: scratch.url)
    let states = try store.reviewStates()
    #expect(states.map(\.questionID) == ["fixes:prop-b:def-c", "year:act-a"], "soonest due first")
    let missed = states[0]
    let known = states[1]
    #expect(known.memory.stability == 4)
    #expect(abs(known.memory.difficulty - 8.661677401743539) < 1e-9)
    #expect(known.cardIDs == ["act-a"])
    let oldDue = try #require(
      ISO8601DateFormatter().date(from: "2024-05-05T12:00:00Z"))
    #expect(known.due == CalendarDay(oldDue, in: .current), "due on the day the old schedule named")
    #expect(known.lastRating == .good && known.correctCount == 2 && known.wrongCount == 1)
    #expect(known.lapses == 1)
    #expect(missed.memory.stability == 1)
    #expect(abs(missed.memory.difficulty - 9.143900591760373) < 1e-9)
    #expect(missed.cardIDs == ["prop-b", "def-c"])
    #expect(missed.lastRating == .again && missed.lapses == 1, "the first of two wrong answers is no lapse")
    #expect(try store.bookmarks().map(\.cardID) == ["act-a"])
    let archived = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM leitner_review") }
    #expect(archived == 2, "the Leitner rows are kept")
    #expect(try store.checkIntegrity())
  }

  /// A right answer after the migration doubles the interval, as Leitner would have: S 4 → 8 at R = 0.9
  /// (the conversion is built so; see LeitnerConversion).
  @Test func theNextRightAnswerDoublesALeitnerInterval() throws {
    let memory = LeitnerConversion.memory(box: 3)
    let grown = FSRS().recallStability(memory, retrievability: 0.9, rating: .good)
    #expect(abs(grown - 8) < 1e-9)
  }

  @Test func migrationsAreNamedAndRegisteredInOrder() {
    #expect(UserSchema.migrator.migrations == UserSchema.Migration.allCases.map(\.rawValue))
  }

  @Test func reopeningAMigratedDatabaseChangesNothing() throws {
    let scratch = try Support.Directory()
    try UserStore.open(directory: scratch.url).saveNote(cardID: "act-a", text: "kept")
    let store = try UserStore.open(directory: scratch.url)
    #expect(try store.notes().map(\.text) == ["kept"])
  }

  @Test func aDatabaseFromANewerQomusOpensReadOnly() throws {
    let scratch = try Support.Directory()
    try UserStore.open(directory: scratch.url).star("act-a")
    let queue = try DatabaseQueue(path: scratch.url.appendingPathComponent("user.sqlite").path)
    try queue.write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')")
    }
    let path = scratch.url.appendingPathComponent("user.sqlite").path
    #expect(throws: UserStoreError.newerSchema(path: path)) {
      try UserStore.open(directory: scratch.url)
    }
    let access = UserStore.openOrExplain(directory: scratch.url)
    guard case .readOnly(let store, let reason) = access else {
      Issue.record("expected read-only access, got \(access)")
      return
    }
    #expect(reason == .newerSchema(path: path))
    #expect(try store.bookmarks().map(\.cardID) == ["act-a"])
  }
}
