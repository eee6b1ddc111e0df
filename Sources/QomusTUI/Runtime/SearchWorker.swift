import Foundation
import QomusCore

/// Runs searches off the event loop, so typing never waits for the index: only the newest query is kept, and
/// its results are picked up by the loop when ready.
final class SearchWorker: @unchecked Sendable {
  private let engine: SearchEngine
  private let condition = NSCondition()
  // Guarded by `condition`.
  private var request: (query: String, options: SearchOptions)?
  private var result: (query: String, hits: [SearchHit])?
  private var running = false
  private var stopped = false

  init(engine: SearchEngine) {
    self.engine = engine
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

  /// Whether a search is queued or running, or its result not taken yet.
  var isBusy: Bool {
    condition.lock()
    defer { condition.unlock() }
    return running || request != nil || result != nil
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
      running = true
      condition.unlock()
      let hits = engine.search(next.query, options: next.options)
      condition.lock()
      running = false
      if request == nil { result = (next.query, hits) }
      condition.unlock()
    }
  }
}
