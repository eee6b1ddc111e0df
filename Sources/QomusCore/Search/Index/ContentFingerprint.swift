import Dispatch

/// A 128-bit hash of everything the index is built from (the searchable fields of every card, in order, plus the
/// schema and analyzer versions), naming the cached index file. It runs on every start, over all the text, so it
/// is built for speed: two independent lanes over 16-byte blocks, and chunks of cards hashed in parallel.
struct ContentFingerprint {
  private var lane1: UInt64 = 0x9E37_79B9_7F4A_7C15
  private var lane2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  private var length: UInt64 = 0

  /// Cards per parallel chunk.
  static let chunkSize = 4_096

  /// The fingerprint of `corpus` as the index of `schemaVersion` would hold it.
  static func of(_ corpus: Corpus, schemaVersion: Int) -> String {
    let cards = corpus.cards
    let chunks = (cards.count + chunkSize - 1) / chunkSize
    let digests = LockedValue([Int: String]())
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      var fingerprint = ContentFingerprint()
      for card in cards[(chunk * chunkSize)..<min((chunk + 1) * chunkSize, cards.count)] {
        fingerprint.combine(card)
      }
      let digest = fingerprint.hexDigest
      digests.withLock { $0[chunk] = digest }
    }
    var fingerprint = ContentFingerprint()
    fingerprint.combine("qomus-search \(schemaVersion) \(Analyzer.version) \(cards.count)")
    let all = digests.withLock { $0 }
    for chunk in 0..<chunks { fingerprint.combine(all[chunk] ?? "") }
    return fingerprint.hexDigest
  }

  /// Adds the indexed fields of one card.
  mutating func combine(_ card: Card) {
    combine(card.id)
    combine(card.kind.rawValue)
    combine(card.jurisdiction.rawValue)
    for text in [card.title, card.summary, card.body] {
      combine(text.uz)
      combine(text.en)
    }
    combine(card.number ?? "")
    combine(card.topics.map(\.rawValue).joined(separator: ","))
    combine(card.year.map(String.init) ?? "")
  }

  /// Adds one field; fields are delimited, so `ab`+`c` and `a`+`bc` differ.
  mutating func combine(_ field: String) {
    var field = field
    field.withUTF8 { bytes in
      let raw = UnsafeRawBufferPointer(bytes)
      var index = 0
      while index + 16 <= bytes.count {
        lane1 = Self.round(lane1, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        lane2 = Self.round(lane2, raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
        index += 16
      }
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while index < bytes.count {
        tail ^= UInt64(bytes[index]) << (shift % 64)
        shift += 8
        index += 1
      }
      lane1 = Self.round(lane1, tail ^ (UInt64(bytes.count) << 48) ^ 0xFF)
      lane2 = Self.round(lane2 ^ lane1, UInt64(bytes.count))
      length &+= UInt64(bytes.count)
    }
  }

  /// One xxHash64-style round.
  private static func round(_ lane: UInt64, _ input: UInt64) -> UInt64 {
    var lane = lane &+ input &* 0xC2B2_AE3D_27D4_EB4F
    lane = (lane << 31) | (lane >> 33)
    return lane &* 0x9E37_79B9_7F4A_7C15
  }

  private static func finalize(_ value: UInt64) -> UInt64 {
    var value = value
    value ^= value >> 33
    value = value &* 0xFF51_AFD7_ED55_8CCD
    value ^= value >> 33
    value = value &* 0xC4CE_B9FE_1A85_EC53
    value ^= value >> 33
    return value
  }

  /// 32 hexadecimal digits.
  var hexDigest: String {
    let first = Self.finalize(lane1 ^ length ^ (lane2 >> 7))
    let second = Self.finalize(lane2 &+ first)
    return [first, second].map { value in
      let hex = String(value, radix: 16)
      return String(repeating: "0", count: 16 - hex.count) + hex
    }.joined()
  }
}
