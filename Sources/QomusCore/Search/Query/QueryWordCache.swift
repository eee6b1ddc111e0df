/// The analysis of query words already seen. Searching as the user types repeats every finished word on each
/// keystroke, and folding and stemming a word costs more than the lookup. Shared by the engine's threads; bounded:
/// it starts over at `capacity` words.
final class QueryWordCache: Sendable {
  static let capacity = 10_000

  private let groups = LockedValue<[String: [[Analyzer.Term]]]>([:])

  /// `analyzer.wordGroups(text)`, computed once per text.
  func wordGroups(_ text: String, _ analyzer: Analyzer) -> [[Analyzer.Term]] {
    if let known = groups.withLock({ $0[text] }) { return known }
    let analyzed = analyzer.wordGroups(text)
    groups.withLock { groups in
      if groups.count >= Self.capacity { groups.removeAll(keepingCapacity: true) }
      groups[text] = analyzed
    }
    return analyzed
  }
}
