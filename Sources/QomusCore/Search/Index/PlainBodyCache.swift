/// Card bodies as the index stores them (`IndexedText.fromMarkdown`), kept for snippets: while a user types, the
/// same cards come back query after query, and converting a long body costs more than the rest of its snippet.
/// Bounded: it is emptied when it reaches `capacity` entries.
final class PlainBodyCache: Sendable {
  static let capacity = 4_096

  private let bodies = LockedValue<[Int: String]>([:])

  /// The stored body of `card` (at corpus position `position`) in `language`.
  func body(of card: Card, at position: Int, language: Language) -> String {
    let key = position * 2 + (language == .uz ? 0 : 1)
    if let known = bodies.withLock({ $0[key] }) { return known }
    let body = IndexedText.fromMarkdown(card.body[language])
    bodies.withLock { bodies in
      if bodies.count >= Self.capacity { bodies.removeAll(keepingCapacity: true) }
      bodies[key] = body
    }
    return body
  }
}
