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

  /// The last UTF-8 byte of each foreign apostrophe: a text with none of these bytes has none of them.
  private static let lastBytes: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for character in foreignApostrophes {
      if let last = character.utf8.last { table[Int(last)] = true }
    }
    return table
  }()

  /// False when `bytes` (UTF-8) certainly hold none of `foreignApostrophes` (none holds the last byte of one);
  /// a true answer needs the exact `offendingWords` check.
  static func mayHaveForeignApostrophe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let table = lastBytes
    return bytes.contains { table[Int($0)] }
  }

  /// `mayHaveForeignApostrophe` for a string.
  static func mayHaveForeignApostrophe(_ text: String) -> Bool {
    var text = text
    return text.withUTF8(mayHaveForeignApostrophe)
  }
}
