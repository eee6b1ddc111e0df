/// SplitMix64: a random number generator whose sequence depends only on its seed, so that a quiz can be replayed.
/// Shuffling and picking are done here, not by the standard library, so the order is stable across toolchains.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  /// A generator for one `label` (such as a question id) derived from `seed`, independent of every other label.
  public init(seed: UInt64, label: String) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
    for byte in label.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    state = seed ^ hash
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (bound > 0).
  public mutating func index(below bound: Int) -> Int {
    Int(next() % UInt64(bound))
  }

  /// `items` in a random order (Fisher–Yates).
  public mutating func shuffled<T>(_ items: [T]) -> [T] {
    var items = items
    guard items.count > 1 else { return items }
    for last in stride(from: items.count - 1, to: 0, by: -1) {
      items.swapAt(last, index(below: last + 1))
    }
    return items
  }
}
