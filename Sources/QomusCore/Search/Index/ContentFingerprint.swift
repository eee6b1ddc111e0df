/// A 128-bit hash of everything the index is built from (the searchable fields of every card, in order, plus the
/// schema and analyzer versions), naming the cached index file.
///
/// It is needed on every start, and hashing a large corpus's text then would cost most of the cached open: the
/// strings are cold, and each first touch is a cache miss. So each card's indexed fields are hashed once, when the
/// card is made (`digest(of:)`, kept as `Card.indexDigest`; the content snapshot stores it with the card, so a
/// card read from the snapshot has the same digest as one parsed from its file), and the corpus fingerprint
/// combines those digests.
/// The hash is built for speed: four independent lanes over 32-byte blocks, xxHash64-style rounds.
struct ContentFingerprint {
  private var lane1: UInt64 = 0x9E37_79B9_7F4A_7C15
  private var lane2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  private var length: UInt64 = 0

  /// The fingerprint of `corpus` as the index of `schemaVersion` would hold it.
  static func of(_ corpus: Corpus, schemaVersion: Int) -> String {
    var fingerprint = ContentFingerprint()
    fingerprint.combine("qomus-search \(schemaVersion) \(Analyzer.version) \(corpus.cards.count)")
    corpus.cards.withUnsafeBufferPointer { cards in
      for index in cards.indices {
        let digest = cards[index].indexDigest
        fingerprint.combine(digest.0)
        fingerprint.combine(digest.1)
      }
    }
    return fingerprint.hexDigest
  }

  /// The digest of one card's indexed fields (see `Card.indexDigest`).
  static func digest(of card: Card.Fields) -> (UInt64, UInt64) {
    var fingerprint = ContentFingerprint()
    fingerprint.combine(card.id)
    fingerprint.combine(card.kind.rawValue)
    fingerprint.combine(card.jurisdiction.rawValue)
    fingerprint.combine(card.title.uz)
    fingerprint.combine(card.title.en)
    fingerprint.combine(card.summary.uz)
    fingerprint.combine(card.summary.en)
    fingerprint.combine(card.body.uz)
    fingerprint.combine(card.body.en)
    fingerprint.combine(card.issuer?.uz ?? "")
    fingerprint.combine(card.issuer?.en ?? "")
    fingerprint.combine(card.number ?? "")
    for topic in card.topics { fingerprint.combine(topic.rawValue) }
    fingerprint.combine(card.year.map(String.init) ?? "-")
    return fingerprint.value
  }

  /// Adds one 64-bit value.
  mutating func combine(_ value: UInt64) {
    lane1 = Self.round(lane1, value)
    lane2 = Self.round(lane2 ^ lane1, 8)
    length &+= 8
  }

  /// Adds one field; fields are delimited, so `ab`+`c` and `a`+`bc` differ.
  mutating func combine(_ field: String) {
    if let done: Void = field.utf8.withContiguousStorageIfAvailable({
      combine(UnsafeRawBufferPointer($0))
    }) {
      return done
    }
    var copy = field
    copy.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
  }

  /// The 128-bit hash of a file's bytes (the content snapshot's content key).
  static func hash(of bytes: [UInt8]) -> (UInt64, UInt64) {
    var fingerprint = ContentFingerprint()
    bytes.withUnsafeBytes { fingerprint.combine($0) }
    return fingerprint.value
  }

  /// Adds raw bytes: four independent lanes over 32-byte blocks (xxHash64's layout), then the tail and the length.
  mutating func combine(_ raw: UnsafeRawBufferPointer) {
    var index = 0
    if raw.count >= 32 {
      var a = lane1
      var b = lane2
      var c = lane1 ^ 0x27D4_EB2F_1656_67C5
      var d = lane2 ^ 0x1656_67B1_9E37_79F9
      while index + 32 <= raw.count {
        a = Self.round(a, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        b = Self.round(b, raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
        c = Self.round(c, raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self))
        d = Self.round(d, raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self))
        index += 32
      }
      lane1 = Self.round(a, (c << 17) | (c >> 47))
      lane2 = Self.round(b, (d << 29) | (d >> 35))
    }
    while index + 16 <= raw.count {
      lane1 = Self.round(lane1, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      lane2 = Self.round(lane2, raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
      index += 16
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while index < raw.count {
      tail ^= UInt64(raw[index]) << (shift % 64)
      shift += 8
      index += 1
    }
    lane1 = Self.round(lane1, tail ^ (UInt64(raw.count) << 48) ^ 0xFF)
    lane2 = Self.round(lane2 ^ lane1, UInt64(raw.count))
    length &+= UInt64(raw.count)
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

  /// The hash so far, as two 64-bit halves.
  var value: (UInt64, UInt64) {
    let first = Self.finalize(lane1 ^ length ^ (lane2 >> 7))
    return (first, Self.finalize(lane2 &+ first))
  }

  /// 32 hexadecimal digits.
  var hexDigest: String {
    let (first, second) = value
    return [first, second].map { value in
      let hex = String(value, radix: 16)
      return String(repeating: "0", count: 16 - hex.count) + hex
    }.joined()
  }
}
