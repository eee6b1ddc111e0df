import Foundation
import Testing

@testable import QomusCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The presenter/projector link over a real Unix socket in a temporary directory.
@Suite("Presenter link")
struct PresenterLinkTests {
  /// A short directory (socket paths are limited to about 100 bytes), removed at the end.
  final class Directory {
    let url: URL
    init() throws {
      url = URL(fileURLWithPath: "/tmp/qomus-pl-\(UUID().uuidString.prefix(8))")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    var socket: URL { url.appendingPathComponent("present-tour.sock") }
    deinit { try? FileManager.default.removeItem(at: url) }
  }

  /// Polls `link` until it reports something (at most 50 polls of up to 100 ms), and returns that.
  static func events(_ link: PresenterLink) throws -> [PresenterLink.Event] {
    for _ in 0..<50 {
      let events = try link.poll(timeout: 100)
      if !events.isEmpty { return events }
    }
    return []
  }

  @Test func messagesAreOneLineEachAndAnythingElseIsIgnored() {
    let messages: [PresenterMessage] = [
      .hello(position: 3), .hello(position: 1, isFresh: true), .goto(slide: 10), .next, .prev,
    ]
    #expect(messages.map(\.line) == ["hello 3", "hello 1 new", "goto 10", "next", "prev"])
    #expect(messages.map(\.line).compactMap(PresenterMessage.init(line:)) == messages)
    for junk in ["", "goto", "goto 0", "goto x", "next 2", "hello -1", "hello 2 old", "jump 3", "GOTO 3"] {
      #expect(PresenterMessage(line: junk) == nil, "\(junk)")
    }
  }

  @Test func theSocketLivesInTheRuntimeDirectoryElseTheCache() {
    #expect(
      PresenterSocketPath.url(tour: "article-in-ten-steps", environment: ["XDG_RUNTIME_DIR": "/run/user/1000"]).path
        == "/run/user/1000/qomus/present-article-in-ten-steps.sock")
    #expect(
      PresenterSocketPath.url(tour: "a b/c", environment: ["XDG_RUNTIME_DIR": "relative", "HOME": "/home/u"]).path
        == "/home/u/.cache/qomus/present-a_b_c.sock")
    #expect(
      PresenterSocketPath.url(tour: "t", environment: ["XDG_CACHE_HOME": "/c"]).path == "/c/qomus/present-t.sock")
  }

  @Test func aPresenterStartedFirstWaitsAndThePairTalksBothWays() throws {
    let directory = try Directory()
    let presenter = try PresenterLink(url: directory.socket)
    #expect(try presenter.poll(timeout: 0).isEmpty)
    #expect(presenter.isListening && !presenter.isConnected)
    let projector = try PresenterLink(url: directory.socket)
    #expect(try projector.poll(timeout: 0) == [.connected])
    #expect(try Self.events(presenter) == [.connected])
    #expect(projector.send(.hello(position: 1)))
    #expect(presenter.send(.goto(slide: 4)))
    #expect(try Self.events(presenter) == [.message(.hello(position: 1))])
    #expect(try Self.events(projector) == [.message(.goto(slide: 4))])
    #expect(projector.send(.next) && projector.send(.prev))
    var received: [PresenterLink.Event] = []
    while received.count < 2 {
      let events = try Self.events(presenter)
      if events.isEmpty { break }
      received += events
    }
    #expect(received == [.message(.next), .message(.prev)])
  }

  @Test func eitherSideCanBeClosedAndStartedAgain() throws {
    let directory = try Directory()
    let first = try PresenterLink(url: directory.socket)
    _ = try first.poll(timeout: 0)
    var second: PresenterLink? = try PresenterLink(url: directory.socket)
    #expect(try second!.poll(timeout: 0) == [.connected])
    #expect(try Self.events(first) == [.connected])

    // The connecting side goes away and comes back.
    second = nil
    #expect(try Self.events(first) == [.disconnected])
    #expect(!first.send(.next))
    let again = try PresenterLink(url: directory.socket)
    #expect(try again.poll(timeout: 0) == [.connected])
    #expect(try Self.events(first) == [.connected])

    // Now the listening side goes away: the other waits in its place, and a new one finds it.
    first.close()
    #expect(try Self.events(again) == [.disconnected])
    #expect(try again.poll(timeout: 0).isEmpty)
    #expect(again.isListening)
    let restarted = try PresenterLink(url: directory.socket)
    #expect(try restarted.poll(timeout: 0) == [.connected])
    #expect(try Self.events(again) == [.connected])
    #expect(restarted.send(.goto(slide: 2)))
    #expect(try Self.events(again) == [.message(.goto(slide: 2))])
  }

  @Test func aSocketLeftByACrashedSideIsReplaced() throws {
    let directory = try Directory()
    // A socket file bound and never removed, as a killed process leaves it.
    let stale = Self.rawSocket()
    #expect(Self.withAddress(directory.socket.path) { bind(stale, $0, $1) } == 0)
    _ = close(stale)
    #expect(FileManager.default.fileExists(atPath: directory.socket.path))
    let link = try PresenterLink(url: directory.socket)
    _ = try link.poll(timeout: 0)
    _ = try link.poll(timeout: 0)
    #expect(link.isListening)
    let other = try PresenterLink(url: directory.socket)
    #expect(try other.poll(timeout: 0) == [.connected])
  }

  @Test func linesSplitAcrossWritesAndUnknownLinesAreHandled() throws {
    let directory = try Directory()
    let link = try PresenterLink(url: directory.socket)
    _ = try link.poll(timeout: 0)
    let client = Self.rawSocket()
    defer { _ = close(client) }
    #expect(Self.withAddress(directory.socket.path) { connect(client, $0, $1) } == 0)
    #expect(try Self.events(link) == [.connected])
    Self.write(client, "goto 2\nsing a song\nne")
    #expect(try Self.events(link) == [.message(.goto(slide: 2))])
    Self.write(client, "xt\n")
    #expect(try Self.events(link) == [.message(.next)])
  }

  @Test func aPathTooLongForASocketIsATypedError() {
    let long = URL(fileURLWithPath: "/tmp/" + String(repeating: "d", count: 120) + "/x.sock")
    #expect(throws: PresenterLinkError.self) { try PresenterLink(url: long) }
  }

  // MARK: A raw client, to send bytes as a misbehaving peer would

  static func rawSocket() -> Int32 {
    #if canImport(Glibc)
      socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    #else
      socket(AF_UNIX, SOCK_STREAM, 0)
    #endif
  }

  static func withAddress(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Int32) -> Int32 {
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in raw.copyBytes(from: Array(path.utf8) + [0]) }
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
  }

  static func write(_ fd: Int32, _ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
  }
}
