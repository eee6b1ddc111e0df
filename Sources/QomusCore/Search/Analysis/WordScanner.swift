/// Splits UTF-8 text into words and groups of words joined by `-`, `.`, `/`, `_` or `@` (`210-FZ`, `my.gov.uz`,
/// `ISO/IEC`), with byte offsets, so that the FTS5 tokenizer can report where each token lies in the original text.
///
/// A word is a run of letters, digits and combining marks; an apostrophe of any form between two such characters
/// stays inside the word (`oʻzbekiston`, `o'zbekiston`, `citizen’s`). Everything else separates words.
enum WordScanner {
  /// One word: its bytes in the scanned text.
  struct Word: Equatable {
    var start: Int
    var end: Int
  }

  /// The longest word kept, in bytes; a longer run is cut into several words.
  static let maximumWordBytes = 96

  private enum Kind {
    case word, mark, apostrophe, connector, separator
  }

  /// Calls `body` with each group of joined words, in order.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: ([Word]) throws -> Void) rethrows {
    var group: [Word] = []
    var index = 0
    let count = bytes.count
    while index < count {
      let (kind, length) = classify(bytes, at: index)
      guard kind == .word else {
        index += length
        continue
      }
      // A word: read on until something that is neither a word character nor an inner apostrophe.
      let start = index
      index += length
      while index < count, index - start < maximumWordBytes {
        let (next, nextLength) = classify(bytes, at: index)
        if next == .word || next == .mark {
          index += nextLength
        } else if next == .apostrophe, index + nextLength < count,
          classify(bytes, at: index + nextLength).kind == .word
        {
          index += nextLength
        } else {
          break
        }
      }
      group.append(Word(start: start, end: index))
      // A single connector followed by a word character continues the group.
      var joined = false
      if index < count, index - start < maximumWordBytes {
        let (next, nextLength) = classify(bytes, at: index)
        if next == .connector, index + nextLength < count,
          classify(bytes, at: index + nextLength).kind == .word
        {
          index += nextLength
          joined = true
        }
      }
      if !joined {
        try body(group)
        group.removeAll(keepingCapacity: true)
      }
    }
    if !group.isEmpty { try body(group) }
  }

  /// The kind and byte length of the character at `index`; invalid UTF-8 is a one-byte separator.
  private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    kind: Kind, length: Int
  ) {
    let lead = bytes[index]
    if lead < 0x80 {
      switch lead {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return (.word, 1)
      case _ where Apostrophes.contains(UInt32(lead)): return (.apostrophe, 1)
      case 0x2D, 0x2E, 0x2F, 0x5F, 0x40: return (.connector, 1)
      default: return (.separator, 1)
      }
    }
    guard let (value, length) = decode(bytes, at: index), let scalar = Unicode.Scalar(value) else {
      return (.separator, 1)
    }
    if Apostrophes.contains(value) { return (.apostrophe, length) }
    if value == 0x2010 || value == 0x2011 { return (.connector, length) }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return (.mark, length)
    case .decimalNumber, .letterNumber, .otherNumber: return (.word, length)
    default: return (scalar.properties.isAlphabetic ? .word : .separator, length)
    }
  }

  /// Decodes the UTF-8 sequence at `index`: the scalar value and its length, or nil if it is malformed.
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
    let lead = bytes[index]
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC2...0xDF:
      length = 2
      value = UInt32(lead & 0x1F)
    case 0xE0...0xEF:
      length = 3
      value = UInt32(lead & 0x0F)
    case 0xF0...0xF4:
      length = 4
      value = UInt32(lead & 0x07)
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    for offset in 1..<length {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    // Reject overlong forms and surrogates.
    let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
    guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else {
      return nil
    }
    return (value, length)
  }
}
