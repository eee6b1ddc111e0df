import Foundation
import QomusCore

/// Runs searches off the event loop, so typing never waits for the index: only the newest query is kept, and
/// its results are picked up by the loop when `finished` wakes it.
final class SearchWorker: @unchecked Sendable {
  private let engine: SearchEngine
  private let condition = NSCondition()
  // Guarded by `condition`.
  private var request: (query: String, options: SearchOptions)?
  private var result: (query: String, hits: [SearchHit])?
  private var stopped = false
  private let finished: @Sendable () -> Void

  init(engine: SearchEngine, finished: @escaping @Sendable () -> Void) {
    self.engine = engine
    self.finished = finished
    let thread = Thread { [unowned self] in self.work() }
    thread.name = "qomus-search"
    thread.start()
  }

  /// Asks for `query`, replacing any request not started yet.
  func submit(_ query: String, options: SearchOptions) {
    condition.lock()
    request = (query, options)
    condition.signal()
    condition.unlock()
  }

  /// The newest finished result, once.
  func takeResult() -> (query: String, hits: [SearchHit])? {
    condition.lock()
    defer { condition.unlock() }
    let taken = result
    result = nil
    return taken
  }

  func stop() {
    condition.lock()
    stopped = true
    condition.signal()
    condition.unlock()
  }

  private func work() {
    while true {
      condition.lock()
      while request == nil && !stopped { condition.wait() }
      if stopped {
        condition.unlock()
        return
      }
      let next = request!
      request = nil
      condition.unlock()
      let hits = engine.search(next.query, options: next.options)
      condition.lock()
      let isNewest = request == nil
      if isNewest { result = (next.query, hits) }
      condition.unlock()
      if isNewest { finished() }
    }
  }
}
