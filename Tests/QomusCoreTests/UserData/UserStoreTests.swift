import Foundation
import GRDB
import Testing

@testable import QomusCore

/// Bookmarks, notes and their search, across closing and reopening the store.
@Suite("User store")
struct UserStoreTests {
  typealias Support = UserDataTestSupport

  @Test func createsTheDirectoryAndTheDatabaseInWALMode() throws {
    let scratch = try Support.Directory()
    let directory = scratch.url.appendingPathComponent("deep/er/qomus")
    let store = try UserStore.open(directory: directory)
    #expect(store.databaseURL.path == directory.appendingPathComponent("user.sqlite").path)
    #expect(FileManager.default.fileExists(atPath: store.databaseURL.path))
    #expect(try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
    #expect(try store.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") } == 2, "FULL")
    #expect(try store.checkIntegrity())
  }

  @Test func everythingSurvivesClosingAndReopening() throws {
    let scratch = try Support.Directory()
    let clock = Support.Clock()
    do {
      let store = try UserStore.open(directory: scratch.url, now: clock.now)
      try store.star("act-a")
      try store.saveNote(cardID: "act-a", text: "  First thought.  ")
      try store.recordAnswer(questionID: "year:act-a", cardIDs: ["act-a"], correct: false)
    }
    let reopened = try UserStore.open(directory: scratch.url, now: clock.now)
    #expect(try reopened.bookmarks().map(\.cardID) == ["act-a"])
    #expect(try reopened.note(on: "act-a")?.text == "First thought.")
    #expect(try reopened.reviewStates().map(\.questionID) == ["year:act-a"])
  }

  @Test func bookmarksAreNewestFirstAndStarringTwiceKeepsTheFirstDate() throws {
    let scratch = try Support.Directory()
    let clock = Support.Clock()
    let store = try UserStore.open(directory: scratch.url, now: clock.now)
    let first = try store.star("act-a")
    clock.advance(seconds: 60)
    try store.star("def-b")
    clock.advance(seconds: 60)
    let again = try store.star("act-a")
    #expect(again.created == first.created)
    #expect(try store.bookmarks().map(\.cardID) == ["def-b", "act-a"])
    #expect(try store.isStarred("def-b"))
    #expect(try store.unstar("def-b"))
    #expect(try !store.unstar("def-b"))
    #expect(try !store.isStarred("def-b"))
    #expect(try store.bookmarks().map(\.cardID) == ["act-a"])
  }

  @Test func aNoteIsOnePerCardEditableAndKeepsItsCreationDate() throws {
    let scratch = try Support.Directory()
    let clock = Support.Clock()
    let store = try UserStore.open(directory: scratch.url, now: clock.now)
    let created = try store.saveNote(cardID: "act-a", text: "one")
    clock.advance(days: 1)
    let edited = try store.saveNote(cardID: "act-a", text: "two")
    #expect(edited.text == "two")
    #expect(edited.created == created.created)
    #expect(edited.updated == clock.current)
    clock.advance(seconds: 5)
    let appended = try store.appendToNote(cardID: "act-a", text: "three")
    #expect(appended.text == "two\n\nthree")
    #expect(try store.notes().count == 1)
    #expect(try store.removeNote(on: "act-a"))
    #expect(try store.note(on: "act-a") == nil)
    #expect(try !store.removeNote(on: "act-a"))
  }

  @Test func anEmptyNoteIsRefusedAndChangesNothing() throws {
    let scratch = try Support.Directory()
    let store = try UserStore.open(directory: scratch.url)
    try store.saveNote(cardID: "act-a", text: "keep me")
    #expect(throws: UserStoreError.emptyNote(cardID: "act-a")) {
      try store.saveNote(cardID: "act-a", text: " \n ")
    }
    #expect(try store.note(on: "act-a")?.text == "keep me")
  }

  @Test func notesAreListedMostRecentlyEditedFirst() throws {
    let scratch = try Support.Directory()
    let clock = Support.Clock()
    let store = try UserStore.open(directory: scratch.url, now: clock.now)
    for id in ["act-a", "act-b", "act-c"] {
      try store.saveNote(cardID: id, text: "note on \(id)")
      clock.advance(seconds: 1)
    }
    try store.saveNote(cardID: "act-a", text: "edited")
    #expect(try store.notes().map(\.cardID) == ["act-a", "act-c", "act-b"])
  }

  @Test func searchIgnoresCaseAndTheFormOfUzbekApostrophes() throws {
    let scratch = try Support.Directory()
    let clock = Support.Clock()
    let store = try UserStore.open(directory: scratch.url, now: clock.now)
    try store.saveNote(cardID: "act-a", text: "Oʻzbekiston qonuni: maʼlumotlar himoyasi")
    clock.advance(seconds: 1)
    try store.saveNote(cardID: "act-b", text: "O'ZBEKISTON and X-Road")
    clock.advance(seconds: 1)
    try store.saveNote(cardID: "prop-gdpr", text: "unrelated")
    for query in [
      "o'zbekiston", "O‘zbekiston", "oʼzbekiston", "o`zbekiston", "o´zbekiston", "OʻZBEKISTON",
    ] {
      #expect(try store.searchNotes(query).map(\.cardID) == ["act-b", "act-a"], "\(query)")
    }
    #expect(try store.searchNotes("ma'lumotlar").map(\.cardID) == ["act-a"])
    #expect(
      try store.searchNotes("o'zbekiston x-road").map(\.cardID) == ["act-b"],
      "every word must match")
    #expect(
      try store.searchNotes("gdpr").map(\.cardID) == ["prop-gdpr"], "the card id is searched too")
    #expect(
      try store.searchNotes("ozbekiston").map(\.cardID) == ["act-b", "act-a"],
      "folded as card search folds: no apostrophe finds every form")
    #expect(try store.searchNotes("ўзбекистон").map(\.cardID) == ["act-b", "act-a"])
    #expect(try store.searchNotes("   ").isEmpty)
    #expect(try store.searchNotes("%").isEmpty, "no pattern syntax")
  }

  @Test func aReadOnlyStoreReadsButRefusesEveryWrite() throws {
    let scratch = try Support.Directory()
    try UserStore.open(directory: scratch.url).saveNote(cardID: "act-a", text: "hello")
    let store = try UserStore.openReadOnly(directory: scratch.url)
    #expect(store.isReadOnly)
    #expect(try store.note(on: "act-a")?.text == "hello")
    let path = store.databaseURL.path
    #expect(throws: UserStoreError.readOnly(path: path)) { try store.star("act-a") }
    #expect(throws: UserStoreError.readOnly(path: path)) {
      try store.saveNote(cardID: "act-a", text: "x")
    }
    #expect(throws: UserStoreError.readOnly(path: path)) {
      try store.recordAnswer(questionID: "q", cardIDs: [], correct: true)
    }
  }

  @Test func openOrExplainGivesAWritableStoreWhenAllIsWell() throws {
    let scratch = try Support.Directory()
    let access = UserStore.openOrExplain(directory: scratch.url)
    #expect(access.canWrite)
    #expect(access.problem == nil)
    #expect(access.store?.isReadOnly == false)
  }
}
