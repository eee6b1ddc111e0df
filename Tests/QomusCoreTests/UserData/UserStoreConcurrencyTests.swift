import Foundation
import Testing

@testable import QomusCore

/// Many writers at once: through one store shared by tasks, and through separate connections to the same file.
@Suite("User store concurrency")
struct UserStoreConcurrencyTests {
  typealias Support = UserDataTestSupport

  @Test func tasksSharingOneStoreLoseNoWrite() async throws {
    let scratch = try Support.Directory()
    let store = try UserStore.open(directory: scratch.url)
    try await withThrowingTaskGroup(of: Void.self) { group in
      for writer in 0..<8 {
        group.addTask {
          for index in 0..<25 {
            try store.saveNote(cardID: "card-\(writer)-\(index)", text: "note \(writer) \(index)")
            if index % 5 == 0 { try store.star("card-\(writer)-\(index)") }
            try store.recordAnswer(
              questionID: "q-\(writer)", cardIDs: ["card-\(writer)-0"], correct: true)
          }
        }
      }
      try await group.waitForAll()
    }
    let notes = try store.notes()
    #expect(notes.count == 200)
    #expect(Set(notes.map(\.cardID)).count == 200)
    #expect(try store.bookmarks().count == 40)
    let states = try store.reviewStates()
    #expect(states.count == 8)
    #expect(
      states.allSatisfy { $0.correctCount == 25 },
      "read-modify-write of a review is one transaction")
    #expect(try store.checkIntegrity())
  }

  @Test func threadsWithTheirOwnConnectionsLoseNoWrite() throws {
    let scratch = try Support.Directory()
    _ = try UserStore.open(directory: scratch.url)
    let failures = FailureLog()
    DispatchQueue.concurrentPerform(iterations: 6) { writer in
      do {
        let store = try UserStore.open(directory: scratch.url)
        for index in 0..<20 {
          try store.appendToNote(cardID: "shared", text: "w\(writer)-\(index)")
          try store.saveNote(cardID: "own-\(writer)-\(index)", text: "x")
        }
      } catch {
        failures.add("\(error)")
      }
    }
    #expect(failures.all.isEmpty, "\(failures.all)")
    let store = try UserStore.open(directory: scratch.url)
    let shared = try #require(try store.note(on: "shared"))
    let paragraphs = shared.text.components(separatedBy: "\n\n")
    #expect(paragraphs.count == 120, "no append overwrote another")
    #expect(Set(paragraphs).count == 120)
    #expect(try store.notes().count == 121)
    #expect(try store.checkIntegrity())
  }

  @Test func storesOpenedAtOnceOnANewFileAllMigrateIt() throws {
    let scratch = try Support.Directory()
    let failures = FailureLog()
    DispatchQueue.concurrentPerform(iterations: 6) { writer in
      do {
        try UserStore.open(directory: scratch.url).star("card-\(writer)")
      } catch {
        failures.add("\(error)")
      }
    }
    #expect(failures.all.isEmpty, "\(failures.all)")
    #expect(try UserStore.open(directory: scratch.url).bookmarks().count == 6)
  }

  final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
  }
}
