import Foundation

@testable import QomusCore

/// Helpers for the user-store tests: a scratch directory and a clock the test moves.
enum UserDataTestSupport {
  /// A temporary directory that removes itself.
  final class Directory: Sendable {
    let url: URL

    init() throws {
      url = FileManager.default.temporaryDirectory.appendingPathComponent(
        "qomus-user-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
  }

  /// A clock that stands still until moved; starts at 2025-03-01 09:00 UTC.
  final class Clock: @unchecked Sendable {
    private let lock = NSLock()
    private var date = Date(timeIntervalSince1970: 1_740_819_600)

    var now: @Sendable () -> Date { { [self] in lock.withLock { date } } }

    func advance(days: Double = 0, seconds: Double = 0) {
      lock.withLock { date.addTimeInterval(days * 86_400 + seconds) }
    }

    var current: Date { lock.withLock { date } }
  }
}
