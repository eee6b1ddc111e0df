import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The link between the presenter's screen and the projector of one tour, over a Unix-domain socket. The two sides
/// are alike: each first tries to connect; finding no one there, it listens and waits. So either may start first,
/// and either may be closed and started again — the one left behind goes back to listening (or to connecting) and
/// the pair finds itself again. Driven by `poll(timeout:)` from the caller's loop; nothing runs in the background.
/// A loop that waits on more than the link puts `descriptors` in its own `poll` and calls `poll(timeout: 0)` when
/// one of them is readable.
public final class PresenterLink {
  /// What happened during a `poll`.
  public enum Event: Sendable, Hashable {
    /// The other side is now connected (send it `hello` with the current slide).
    case connected
    case message(PresenterMessage)
    /// The other side went away; the link waits for it again.
    case disconnected
  }

  public let path: String
  private var listener: Int32 = -1
  private var peer: Int32 = -1
  private var pending = [UInt8]()

  /// A link through the socket at `url`, its directory created (mode 0700) if need be. Nothing is opened yet.
  /// - Throws: `PresenterLinkError.pathTooLong` or `.directory`.
  public init(url: URL) throws {
    path = url.path
    let limit = MemoryLayout.size(ofValue: sockaddr_un().sun_path) - 1
    guard path.utf8.count <= limit else { throw PresenterLinkError.pathTooLong(path, limit: limit) }
    let directory = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(
        at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw PresenterLinkError.directory(directory.path, reason: error.localizedDescription)
    }
  }

  deinit { close() }

  /// True while the other side is connected.
  public var isConnected: Bool { peer >= 0 }

  /// True while this side holds the socket and waits for (or serves) the other.
  public var isListening: Bool { listener >= 0 }

  /// The sockets to wait on for this link (the listening one, the peer): when one is readable, `poll(timeout: 0)`
  /// says what happened. Empty while the link holds neither — after the other side went away from a link that
  /// had connected to it — until `poll` connects or listens again.
  public var descriptors: [Int32] { [listener, peer].filter { $0 >= 0 } }

  /// Connects or listens as needed, then waits up to `timeout` milliseconds for the other side to connect or to
  /// speak, and returns what happened, in order.
  /// - Throws: `PresenterLinkError.system` when the socket cannot be made at all.
  public func poll(timeout: Int32) throws -> [Event] {
    var events: [Event] = []
    if peer < 0, listener < 0 {
      if let fd = connectToPeer() {
        peer = fd
        events.append(.connected)
      } else {
        try listen()
      }
    }
    var fds: [pollfd] = []
    if listener >= 0 { fds.append(pollfd(fd: listener, events: Int16(POLLIN), revents: 0)) }
    if peer >= 0 { fds.append(pollfd(fd: peer, events: Int16(POLLIN), revents: 0)) }
    let wait: Int32 = events.isEmpty ? timeout : 0
    guard !fds.isEmpty, cPoll(&fds, wait) > 0 else { return events }
    for entry in fds where entry.revents != 0 {
      if entry.fd == listener {
        let fd = accept(listener, nil, nil)
        guard fd >= 0 else { continue }
        // A newcomer replaces a peer that has not yet been seen to leave.
        if peer >= 0 { closeDescriptor(&peer) }
        peer = fd
        pending.removeAll()
        Self.noSignalOnWrite(fd)
        events.append(.connected)
      } else if entry.fd == peer {
        events += read()
      }
    }
    return events
  }

  /// Sends `message` to the other side; false when no one is connected or the write failed (then the link waits
  /// for the other side again).
  @discardableResult
  public func send(_ message: PresenterMessage) -> Bool {
    guard peer >= 0 else { return false }
    let bytes = Array((message.line + "\n").utf8)
    let written = bytes.withUnsafeBytes { buffer in
      Self.write(peer, buffer.baseAddress!, buffer.count)
    }
    guard written == bytes.count else {
      dropPeer()
      return false
    }
    return true
  }

  /// Closes the link; a listening side removes its socket file.
  public func close() {
    if peer >= 0 { closeDescriptor(&peer) }
    if listener >= 0 {
      closeDescriptor(&listener)
      unlink(path)
    }
  }

  // MARK: Sockets

  private func read() -> [Event] {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { recv(peer, $0.baseAddress, $0.count, 0) }
    guard count > 0 else {
      dropPeer()
      return [.disconnected]
    }
    pending += buffer[0..<count]
    var events: [Event] = []
    while let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
      let line = String(decoding: pending[..<end], as: UTF8.self)
      pending.removeSubrange(...end)
      if let message = PresenterMessage(line: line) { events.append(.message(message)) }
    }
    // A peer that never ends its line is not let to fill memory.
    if pending.count > 4096 { pending.removeAll() }
    return events
  }

  private func dropPeer() {
    closeDescriptor(&peer)
    pending.removeAll()
  }

  private func connectToPeer() -> Int32? {
    let fd = Self.makeSocket()
    guard fd >= 0 else { return nil }
    let result = withAddress { connect(fd, $0, $1) }
    guard result == 0 else {
      let reason = errno
      cClose(fd)
      // A socket file no one listens on is left over from a side that crashed: remove it to listen in its place.
      if reason == ECONNREFUSED { unlink(path) }
      return nil
    }
    Self.noSignalOnWrite(fd)
    return fd
  }

  private func listen() throws {
    let fd = Self.makeSocket()
    guard fd >= 0 else { throw PresenterLinkError.system("socket", errno: errno) }
    guard withAddress({ bind(fd, $0, $1) }) == 0 else {
      let reason = errno
      cClose(fd)
      // Another side bound it a moment ago: connect to it on the next poll.
      if reason == EADDRINUSE { return }
      throw PresenterLinkError.system("bind \(path)", errno: reason)
    }
    guard cListen(fd, 4) == 0 else {
      let reason = errno
      cClose(fd)
      unlink(path)
      throw PresenterLinkError.system("listen", errno: reason)
    }
    listener = fd
  }

  private func withAddress(_ body: (UnsafePointer<sockaddr>, socklen_t) -> Int32) -> Int32 {
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      let bytes = Array(path.utf8.prefix(raw.count - 1))
      raw.copyBytes(from: bytes + [0])
    }
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        body($0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
  }

  private func closeDescriptor(_ fd: inout Int32) {
    cClose(fd)
    fd = -1
  }

  private static func makeSocket() -> Int32 {
    #if canImport(Glibc)
      socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    #else
      socket(AF_UNIX, SOCK_STREAM, 0)
    #endif
  }

  /// A write to a peer that has gone must fail, not raise SIGPIPE.
  private static func noSignalOnWrite(_ fd: Int32) {
    #if canImport(Darwin)
      var on: Int32 = 1
      setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
    #endif
  }

  private static func write(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.send(fd, bytes, count, Int32(MSG_NOSIGNAL))
    #else
      Darwin.send(fd, bytes, count, 0)
    #endif
  }
}

// The C functions whose names the class's own methods shadow.
private func cPoll(_ fds: inout [pollfd], _ timeout: Int32) -> Int32 {
  fds.withUnsafeMutableBufferPointer { poll($0.baseAddress, nfds_t($0.count), timeout) }
}

private func cClose(_ fd: Int32) {
  _ = close(fd)
}

private func cListen(_ fd: Int32, _ backlog: Int32) -> Int32 {
  listen(fd, backlog)
}
