/// "Did you mean …?" for a mistyped name: case ignored, by containment or a small edit distance.
enum Suggestions {
  /// The names in `candidates` closest to `typed`, best first, at most `limit`.
  static func near(_ typed: String, in candidates: [String], limit: Int = 3) -> [String] {
    let wanted = typed.lowercased()
    guard !wanted.isEmpty else { return [] }
    let scored = candidates.compactMap { candidate -> (name: String, score: Int)? in
      let name = candidate.lowercased()
      if name == wanted { return (candidate, 0) }
      let distance = editDistance(wanted, name)
      if distance <= max(1, min(3, wanted.count / 3)) { return (candidate, distance) }
      if wanted.count >= 3, name.contains(wanted) || wanted.contains(name) { return (candidate, 10) }
      return nil
    }
    return scored.sorted { ($0.score, $0.name) < ($1.score, $1.name) }.prefix(limit).map(\.name)
  }

  /// The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours
  /// each count 1 (`serach` is 1 from `search`).
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
