/// A 128-bit hash of everything the index is built from (the searchable fields of every card, in order, plus the
/// schema and analyzer versions), naming the cached index file. Fast enough for 100k cards on every start.
struct ContentFingerprint {
  private var lane1: UInt64 = 0x9E37_79B9_7F4A_7C15
  private var lane2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  private var length: UInt64 = 0

  /// The fingerprint of `corpus` as the index of `schemaVersion` would hold it.
  static func of(_ corpus: Corpus, schemaVersion: Int) -> String {
    var fingerprint = ContentFingerprint()
    fingerprint.combine("qomus-search \(schemaVersion) \(Analyzer.version) \(corpus.cards.count)")
    for card in corpus.cards {
      fingerprint.combine(card.id)
      fingerprint.combine(card.kind.rawValue)
      fingerprint.combine(card.jurisdiction.rawValue)
      for text in [card.title, card.summary, card.body] {
        fingerprint.combine(text.uz)
        fingerprint.combine(text.en)
      }
      fingerprint.combine(card.number ?? "")
      fingerprint.combine(card.topics.map(\.rawValue).joined(separator: ","))
      fingerprint.combine(card.year.map(String.init) ?? "")
    }
    return fingerprint.hexDigest
  }

  /// Adds one field; fields are delimited, so `ab`+`c` and `a`+`bc` differ.
  mutating func combine(_ field: String) {
    var field = field
    field.withUTF8 { bytes in
      var index = 0
      while index + 8 <= bytes.count {
        mix(UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: index, as: UInt64.self))
        index += 8
      }
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while index < bytes.count {
        tail |= UInt64(bytes[index]) << shift
        shift += 8
        index += 1
      }
      mix(tail ^ (UInt64(bytes.count) << 56) ^ 0xFF)
      length &+= UInt64(bytes.count)
    }
  }

  private mutating func mix(_ word: UInt64) {
    var k = word &* 0x87C3_7B91_1142_53D5
    k = (k << 31) | (k >> 33)
    k = k &* 0x4CF5_AD43_2745_937F
    lane1 ^= k
    lane1 = ((lane1 << 27) | (lane1 >> 37)) &+ lane2
    lane1 = lane1 &* 5 &+ 0x52DC_E729
    lane2 ^= (k << 33) | (k >> 31)
    lane2 = ((lane2 << 31) | (lane2 >> 33)) &+ lane1
    lane2 = lane2 &* 5 &+ 0x3849_5AB5
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
    let first = Self.finalize(lane1 ^ length)
    let second = Self.finalize(lane2 &+ first)
    return [first, second].map { value in
      let hex = String(value, radix: 16)
      return String(repeating: "0", count: 16 - hex.count) + hex
    }.joined()
  }
}
