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
}
