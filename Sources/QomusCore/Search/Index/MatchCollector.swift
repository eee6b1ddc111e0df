/// Where `qomus_rank` leaves, for the best-ranked rows of a query, where their matches are: each instance's phrase,
/// column and word position, and each phrase's length. With them the engine builds snippets and picks the language
/// of each hit from the card text it already holds, without asking FTS5 again (setting up a MATCH costs more than
/// running it).
///
/// One collector belongs to one engine and its one database connection (`DatabaseQueue` serializes every use), hence
/// `@unchecked Sendable`.
final class MatchCollector: @unchecked Sendable {
  /// One match in a row.
  struct Instance: Hashable, Sendable {
    var phrase: Int
    var column: Int
    var position: Int
  }

  /// The matches of one ranked row.
  struct Entry {
    var rowid: Int64
    var score: Double
    var instances: [Instance]
  }

  /// Rows kept: the best `capacity` by score.
  private(set) var capacity = 0
  private var entries: [Entry] = []
  /// Scores at or below this can no longer enter the kept rows.
  private var cutoff = -Double.infinity
  /// Each phrase's number of words.
  var phraseSizes: [Int] = []

  /// True between `start` and `finish`.
  private(set) var isCollecting = false

  /// Starts collecting the best `capacity` rows of the next query.
  func start(capacity: Int) {
    self.capacity = capacity
    entries.removeAll(keepingCapacity: true)
    phraseSizes = []
    cutoff = -Double.infinity
    isCollecting = true
  }

  /// Whether a row of `score` (higher is better) could still be kept.
  func wants(_ score: Double) -> Bool {
    isCollecting && score > cutoff
  }

  /// Keeps a row's matches, if it is among the best so far.
  func offer(_ entry: Entry) {
    guard wants(entry.score) else { return }
    entries.append(entry)
    if entries.count >= max(capacity * 4, 64) { trim() }
  }

  /// Stops collecting; the kept rows' matches by rowid.
  func finish() -> [Int64: [Instance]] {
    isCollecting = false
    trim()
    return Dictionary(
      entries.map { ($0.rowid, $0.instances) }, uniquingKeysWith: { first, _ in first })
  }

  private func trim() {
    entries.sort { $0.score > $1.score }
    if entries.count > capacity {
      entries.removeLast(entries.count - capacity)
      if let last = entries.last { cutoff = last.score }
    }
  }
}
