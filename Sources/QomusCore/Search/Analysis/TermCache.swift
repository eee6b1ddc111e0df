/// Remembers the terms of words already analyzed: words repeat, and analysis (folding, stemming) costs far more
/// than a lookup. Owned by one tokenizer, so by one database connection at a time; not shared across threads.
final class TermCache {
  /// Beyond this many words the cache starts over, bounding its memory.
  static let capacity = 100_000

  private let analyzer: Analyzer
  private var terms: [String: Analyzer.Term?] = [:]

  init(_ analyzer: Analyzer) {
    self.analyzer = analyzer
  }

  /// The term of `word` under `analyzer` (which must be this cache's analyzer).
  func term(_ word: String, _ analyzer: Analyzer) -> Analyzer.Term? {
    guard analyzer == self.analyzer else { return analyzer.term(word) }
    if let known = terms[word] { return known }
    let term = analyzer.term(word)
    if terms.count >= Self.capacity { terms.removeAll(keepingCapacity: true) }
    terms[word] = term
    return term
  }
}
