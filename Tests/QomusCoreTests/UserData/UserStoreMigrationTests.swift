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
