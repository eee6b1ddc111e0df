/// The terms of one index table, for typo tolerance: which terms exist, and which lie one edit away from a word.
struct Vocabulary: Sendable {
  /// Words shorter than this (in characters) are never corrected.
  static let minimumCorrectedLength = 5
  /// The most corrections offered for one word.
  static let maximumCorrections = 8

  private let terms: Set<String>
  /// Terms by length and first byte, and by length and last byte. A term one edit from a word of three or more
  /// bytes keeps the word's first byte (the edit is further on) or its last (the edit is at the start), so only
  /// those two buckets per length need comparing: a thirtieth of the vocabulary or so, not all of it.
  private let byFirstByte: [BucketKey: [[UInt8]]]
  private let byLastByte: [BucketKey: [[UInt8]]]

  private struct BucketKey: Hashable {
    var length: Int
    var byte: UInt8
  }

  init<Terms: Sequence>(_ terms: Terms) where Terms.Element == String {
    let set = Set(terms)
    self.terms = set
    let bytes = set.map { Array($0.utf8) }.filter { !$0.isEmpty }
    byFirstByte = Dictionary(grouping: bytes) { BucketKey(length: $0.count, byte: $0[0]) }
    byLastByte = Dictionary(grouping: bytes) { BucketKey(length: $0.count, byte: $0[$0.count - 1]) }
  }

  func contains(_ term: String) -> Bool { terms.contains(term) }

  var count: Int { terms.count }

  /// Terms at most one edit (insertion, deletion, substitution or transposition of neighbours) from `word`,
  /// nearest-length first then alphabetical; empty for words shorter than `minimumCorrectedLength`.
  func corrections(of word: String) -> [String] {
    let bytes = Array(word.utf8)
    guard word.count >= Self.minimumCorrectedLength else { return [] }
    guard let first = bytes.first, let last = bytes.last, bytes.count >= 3 else { return [] }
    var found: [[UInt8]] = []
    for length in [bytes.count, bytes.count - 1, bytes.count + 1] {
      var candidates = (byFirstByte[BucketKey(length: length, byte: first)] ?? []).filter {
        Self.isWithinOneEdit(bytes, $0) && $0 != bytes
      }
      for term in byLastByte[BucketKey(length: length, byte: last)] ?? []
      where term.first != first && Self.isWithinOneEdit(bytes, term) && term != bytes {
        candidates.append(term)
      }
      found += candidates.sorted { $0.lexicographicallyPrecedes($1) }
    }
    return found.prefix(Self.maximumCorrections).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Whether `a` and `b` differ by at most one edit (optimal string alignment distance ≤ 1).
  static func isWithinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    if abs(a.count - b.count) > 1 { return false }
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    if prefix == a.count && prefix == b.count { return true }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix,
      a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
    {
      suffix += 1
    }
    let restA = a.count - prefix - suffix
    let restB = b.count - prefix - suffix
    // One substitution, insertion or deletion.
    if restA <= 1 && restB <= 1 { return true }
    // A transposition of neighbours: ab ↔ ba.
    if restA == 2, restB == 2 {
      return a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
    }
    return false
  }
}
