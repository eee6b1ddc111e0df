import Foundation

/// A card's body: in memory, or in the content snapshot, read the first time it is asked for and then kept.
final class CardBody: @unchecked Sendable {
  /// Where a body not yet read comes from; nil for a body in memory from the start.
  private let source: SnapshotBodies?
  private let path: String
  private let hash: Int64
  /// The body once read; guarded by `source.lock` when there is a source (otherwise set once in `init`).
  private var cached: LocalizedText?

  /// A body in memory.
  init(_ text: LocalizedText) {
    source = nil
    path = ""
    hash = 0
    cached = text
  }

  /// The body of the card file `path` (whose bytes hash to `hash`), kept in `source`.
  init(path: String, hash: Int64, from source: SnapshotBodies) {
    self.source = source
    self.path = path
    self.hash = hash
  }

  /// The body, read now if it was not yet.
  var text: LocalizedText {
    guard let source else { return cached ?? LocalizedText(uz: "", en: "") }
    return source.lock.withLock {
      if let cached { return cached }
      let text = source.body(path: path, hash: hash)
      cached = text
      return text
    }
  }

  /// The body, read if need be but not kept.
  func peek() -> LocalizedText {
    guard let source else { return cached ?? LocalizedText(uz: "", en: "") }
    if let cached = source.lock.withLock({ cached }) { return cached }
    return source.body(path: path, hash: hash)
  }

  /// Whether the body is in memory.
  var isLoaded: Bool {
    guard let source else { return true }
    return source.lock.withLock { cached != nil }
  }
}
