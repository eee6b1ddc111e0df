/// A compact binary form of what the content snapshot keeps per file: the card's fields (all but its body) and the
/// file's diagnostics. Unsigned LEB128 integers and length-prefixed UTF-8 strings; decoding checks every length and
/// fails (nil) on anything malformed, so a damaged row is re-read from its file, never trusted.
struct SnapshotWriter {
  private(set) var bytes: [UInt8] = []

  init() { bytes.reserveCapacity(512) }

  mutating func integer(_ value: Int) {
    var rest = UInt64(bitPattern: Int64(value))
    // Zigzag, so small negative numbers stay short.
    rest = (rest << 1) ^ UInt64(bitPattern: Int64(value) >> 63)
    while rest >= 0x80 {
      bytes.append(UInt8(rest & 0x7F) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func word(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func string(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      integer(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func optionalString(_ value: String?) {
    flag(value != nil)
    if let value { string(value) }
  }
}

/// Reads what `SnapshotWriter` wrote; every read fails (nil) past the end or on a malformed value.
struct SnapshotReader {
  private let bytes: UnsafeRawBufferPointer
  private var position = 0

  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  var isAtEnd: Bool { position == bytes.count }

  mutating func integer() -> Int? {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while position < bytes.count, shift < 64 {
      let byte = bytes[position]
      position += 1
      result |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 {
        let decoded = Int64(bitPattern: (result >> 1) ^ (0 &- (result & 1)))
        return Int(decoded)
      }
      shift += 7
    }
    return nil
  }

  mutating func word() -> UInt64? {
    guard position + 8 <= bytes.count else { return nil }
    defer { position += 8 }
    return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self))
  }

  mutating func flag() -> Bool? {
    guard position < bytes.count, bytes[position] <= 1 else { return nil }
    defer { position += 1 }
    return bytes[position] == 1
  }

  mutating func count() -> Int? {
    guard let value = integer(), value >= 0, value <= bytes.count - position else { return nil }
    return value
  }

  mutating func string() -> String? {
    guard let length = count() else { return nil }
    defer { position += length }
    return String(
      decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + length)]), as: UTF8.self)
  }

  mutating func optionalString() -> String?? {
    guard let present = flag() else { return nil }
    return present ? string().map { $0 } : .some(nil)
  }
}
