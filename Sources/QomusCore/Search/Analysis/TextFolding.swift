import Foundation

/// Folds one word to its search form: lower case, Uzbek Cyrillic written in Latin, every apostrophe form removed,
/// Latin diacritics and compatibility forms flattened. `Oʻzbekiston`, `o'zbekiston`, `o‘zbekiston`, `ozbekiston` and
/// `ЎЗБЕКИСТОН` all fold to `ozbekiston`; `149-ФЗ`'s part `ФЗ` folds to `fz`.
///
/// One implementation for every place that matches text typed by people: the search index and queries, notes search
/// (`NoteSearchText`) and the explorer's list filter all fold through here, with the apostrophes of `Apostrophes`.
public enum TextFolding {
  /// `text` as space-separated folded words (`WordScanner` words, joined parts such as `X-Road` as separate words):
  /// `“Oʻzbekiston” Respublikasi` and `ўзбекистон республикаси` both give `ozbekiston respublikasi`. For substring
  /// matching of notes and lists, where a folded query word is looked for in a folded text.
  public static func foldText(_ text: String) -> String {
    var words: [String] = []
    var text = text
    text.withUTF8 { bytes in
      WordScanner.scan(bytes) { group in
        for word in group {
          let original = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]), as: UTF8.self)
          let folded = fold(original)
          words.append(folded.isEmpty ? original.lowercased() : folded)
        }
      }
    }
    return words.joined(separator: " ")
  }

  /// The folded form of `word`; empty when nothing searchable is left.
  static func fold(_ word: String) -> String {
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(word) }
    // Apostrophes go first: compatibility mapping would turn ´ into a space and an accent.
    var text = String(
      String.UnicodeScalarView(word.unicodeScalars.filter { !Apostrophes.contains($0.value) })
    )
    if needsNormalization(text) { text = text.precomposedStringWithCompatibilityMapping }
    text = text.lowercased()
    if text.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) {
      text = UzbekTransliterator.toLatin(text)
    }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if Apostrophes.contains(value) { continue }
      if value < 0x80 {
        scalars.append(scalar)
      } else if let flat = latinBase[value] {
        scalars.append(contentsOf: flat.unicodeScalars)
      } else if scalar.properties.generalCategory == .nonspacingMark {
        continue
      } else {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// Whether `text` may change under NFKC: it has a combining mark, or a character beyond the Latin, modifier
  /// letter and Cyrillic blocks whose precomposed forms content and keyboards already use. Normalization is slow,
  /// and words in Uzbek, Russian and English almost never need it.
  static func needsNormalization(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      switch scalar.value {
      case 0xA0...0xBF: true  // Latin-1 compatibility characters: ², ½, ª, no-break space
      case 0..<0x300, 0x370..<0x2000, 0x2010...0x2027: false
      default: true
      }
    }
  }

  private static func foldASCII(_ word: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(word.utf8.count)
    for byte in word.utf8 where !Apostrophes.contains(UInt32(byte)) {
      bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Latin letters with diacritics (U+00C0–U+024F, U+1E00–U+1EFF) mapped to their base letters, plus the few that
  /// have no decomposition (ß, æ, ø, đ, ł, ı …).
  private static let latinBase: [UInt32: String] = {
    var table: [UInt32: String] = [
      0xDF: "ss", 0xE6: "ae", 0xF8: "o", 0x111: "d", 0x142: "l", 0x131: "i", 0x153: "oe", 0xF0: "d",
      0xFE: "th",
    ]
    for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) where table[UInt32(value)] == nil {
      guard let scalar = Unicode.Scalar(value), scalar.properties.isLowercase else { continue }
      let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        .filter { $0.properties.generalCategory != .nonspacingMark }
      if base.count == 1, let first = base.first, first.value < 0x80 {
        table[UInt32(value)] = String(first)
      }
    }
    return table
  }()
}
