/// Finds apostrophes that break the content's Uzbek convention: ʻ (U+02BB) in oʻ/gʻ and ʼ (U+02BC) for the tutuq
/// belgisi. Any other apostrophe-like character between two letters is a mixed convention.
public enum ApostropheCheck {
  /// Characters that people type for ʻ or ʼ but the content must not use inside a word.
  public static let foreignApostrophes: Set<Character> = Apostrophes.characters.subtracting(
    Apostrophes.official)

  /// The words of `text` that use a foreign apostrophe between letters.
  public static func offendingWords(in text: String) -> [String] {
    var result: [String] = []
    for word in text.split(whereSeparator: { $0.isWhitespace }) {
      let characters = Array(word)
      for index in characters.indices.dropFirst().dropLast()
      where foreignApostrophes.contains(characters[index]) && characters[index - 1].isLetter
        && characters[index + 1].isLetter
      {
        result.append(String(word))
        break
      }
    }
    return result
  }

  /// False when `bytes` (UTF-8) certainly hold none of `foreignApostrophes`: none of the bytes ', `, or the last
  /// bytes of ´ (C2 B4), ‘ (E2 80 98) and ’ (E2 80 99). A true answer needs the exact `offendingWords` check.
  static func mayHaveForeignApostrophe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.contains { $0 == 0x27 || $0 == 0x60 || $0 == 0xB4 || $0 == 0x98 || $0 == 0x99 }
  }

  /// `mayHaveForeignApostrophe` for a string.
  static func mayHaveForeignApostrophe(_ text: String) -> Bool {
    var text = text
    return text.withUTF8(mayHaveForeignApostrophe)
  }
}
