import Foundation
import Testing

@testable import QomusCore

/// A data directory that cannot be used gives a typed error naming the path, and the caller can go on read-only.
@Suite("User store errors")
struct UserStoreErrorTests {
  typealias Support = UserDataTestSupport

  @Test func aDirectoryUnderAFileCannotBeCreated() throws {
    let scratch = try Support.Directory()
    let file = scratch.url.appendingPathComponent("plain-file")
    try Data("x".utf8).write(to: file)
    let directory = file.appendingPathComponent("qomus")
    do {
      _ = try UserStore.open(directory: directory)
      Issue.record("opened a store under a file")
    } catch {
      guard case .cannotCreateDirectory(let path, _) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(path == directory.path)
      #expect(error.description.contains(directory.path))
      #expect(error.description.contains("--data-dir"))
    }
  }

  @Test func aFileWhereTheDirectoryShouldBeIsNotADirectory() throws {
    let scratch = try Support.Directory()
    let file = scratch.url.appendingPathComponent("qomus")
    try Data("x".utf8).write(to: file)
    #expect(throws: UserStoreError.notADirectory(path: file.path)) {
      try UserStore.open(directory: file)
    }
    let access = UserStore.openOrExplain(directory: file)
    #expect(access.store == nil)
    #expect(access.problem == .notADirectory(path: file.path))
    #expect(!access.canWrite)
  }

  @Test(.enabled(if: getuid() != 0, "root can write anywhere"))
  func anUnwritableDirectoryIsReportedAndAnExistingStoreStaysReadable() throws {
    let scratch = try Support.Directory()
    try UserStore.open(directory: scratch.url).star("act-a")
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o500], ofItemAtPath: scratch.url.path)
    defer {
      try? FileManager.default.setAttributes(
        [.posixPermissions: 0o700], ofItemAtPath: scratch.url.path)
    }
    #expect(throws: UserStoreError.notWritable(path: scratch.url.path)) {
      try UserStore.open(directory: scratch.url)
    }
    let access = UserStore.openOrExplain(directory: scratch.url)
    #expect(access.problem == .notWritable(path: scratch.url.path))
    #expect(try access.store?.bookmarks().map(\.cardID) == ["act-a"])
  }

  @Test func aFileThatIsNotADatabaseIsNamed() throws {
    let scratch = try Support.Directory()
    let database = scratch.url.appendingPathComponent("user.sqlite")
    try Data(repeating: 0x41, count: 4096).write(to: database)
    #expect(throws: UserStoreError.notADatabase(path: database.path)) {
      try UserStore.open(directory: scratch.url)
    }
    let access = UserStore.openOrExplain(directory: scratch.url)
    #expect(access.store == nil)
    #expect(access.problem?.description.contains(database.path) == true)
  }

  @Test func aMissingDatabaseCannotBeOpenedReadOnly() throws {
    let scratch = try Support.Directory()
    let path = scratch.url.appendingPathComponent("user.sqlite").path
    #expect(throws: UserStoreError.cannotOpen(path: path, reason: "the file does not exist")) {
      try UserStore.openReadOnly(directory: scratch.url)
    }
    #expect(!FileManager.default.fileExists(atPath: path), "reading creates nothing")
  }

  @Test func everyMessageNamesThePath() {
    let errors: [UserStoreError] = [
      .cannotCreateDirectory(path: "/p", reason: "r"), .notADirectory(path: "/p"),
      .notWritable(path: "/p"),
      .cannotOpen(path: "/p", reason: "r"), .notADatabase(path: "/p"), .newerSchema(path: "/p"),
      .readOnly(path: "/p"),
      .writeFailed(path: "/p", reason: "r"), .readFailed(path: "/p", reason: "r"),
    ]
    for error in errors { #expect(error.description.contains("'/p'"), "\(error)") }
  }
}
