import CSignals
import Foundation

/// Why the event loop woke up.
enum Wakeup: Equatable {
  /// The terminal has input (or was resized: ncurses reports that as input).
  case input
  /// SIGINT, SIGTERM or SIGHUP arrived.
  case signal(Int32)
  /// A background search finished.
  case workFinished
  /// The terminal is gone: end of file, an error or a hang-up on its input.
  case hangUp
  /// The presenter link has something: the other screen connected, spoke or left.
  case presenter
  /// The time asked for passed with nothing else happening (the presenter's clock).
  case timeout
}

/// The one place the explorer waits: `poll` on the terminal's input and on a self-pipe that the signal
/// handlers and the search worker write to. Idle, the process sleeps in `poll` and uses no CPU.
final class Wakeups {
  private let input: Int32
  private let pipe: Int32

  /// Waits on `input`; nil when the wake-up pipe cannot be made.
  init?(input: Int32) {
    let pipe = qomus_wakeup_open()
    guard pipe >= 0 else { return nil }
    self.input = input
    self.pipe = pipe
  }

  /// Wakes a loop waiting in `wait`, from any thread (the search worker calls it).
  static func notifyWorkFinished() { qomus_wakeup_write(CChar(QOMUS_WAKE_WORK)) }

  /// Blocks until something happens on the terminal, the pipe or one of `links` (the presenter link's
  /// sockets), or `timeout` milliseconds pass (-1: no limit); returns what did, most urgent first.
  func wait(links: [Int32] = [], timeout: Int32 = -1) -> [Wakeup] {
    var fds =
      [
        pollfd(fd: input, events: Int16(POLLIN), revents: 0),
        pollfd(fd: pipe, events: Int16(POLLIN), revents: 0),
      ] + links.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
    while true {
      if let signal = pendingSignal() { return [.signal(signal)] }
      let ready = poll(&fds, nfds_t(fds.count), timeout)
      if ready < 0 {
        if errno == EINTR { continue }
        return [.hangUp]
      }
      if ready == 0 { return [.timeout] }
      var wakeups: [Wakeup] = []
      if fds.dropFirst(2).contains(where: { $0.revents != 0 }) { wakeups.append(.presenter) }
      if fds[1].revents != 0 {
        var bytes = [CChar](repeating: 0, count: 256)
        let count = Int(qomus_wakeup_drain(&bytes, Int32(bytes.count)))
        for byte in bytes.prefix(count) {
          switch Int32(byte) {
          case Int32(QOMUS_WAKE_WORK): if !wakeups.contains(.workFinished) { wakeups.append(.workFinished) }
          case Int32(QOMUS_WAKE_RESIZE): if !wakeups.contains(.input) { wakeups.append(.input) }
          default: break
          }
        }
        if let signal = pendingSignal() { return [.signal(signal)] }
      }
      let events = fds[0].revents
      if events & Int16(POLLIN) != 0 {
        // Readable with nothing to read is the end of the input (the terminal was closed).
        if qomus_bytes_available(input) == 0 {
          wakeups.append(.hangUp)
        } else if !wakeups.contains(.input) {
          wakeups.append(.input)
        }
      }
      if events & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { wakeups.append(.hangUp) }
      if !wakeups.isEmpty { return wakeups }
    }
  }

  private func pendingSignal() -> Int32? {
    let signal = qomus_pending_signal()
    return signal == 0 ? nil : signal
  }
}
