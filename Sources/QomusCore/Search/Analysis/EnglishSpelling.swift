/// British and American spellings of `-ise`/`-isation` verbs and nouns meet: `organisation` and `organization`,
/// `authorised` and `authorized`, `informatisation` and `informatization` are analysed as the American form before
/// Porter stemming. Only after the letter pairs such words end in (`-alise`, `-orise`, `-onise`, `-anise`, `-gnise`,
/// `-atise`, `-itise`, `-icise`, `-arise`), so `supervise`, `revise`, `precise`, `promise` or `premise` stay as they
/// are; words under seven letters are left alone (`arise`, `raise`).
enum EnglishSpelling {
  private static let endings = ["isations", "isation", "ising", "ised", "ises", "ise"]
  private static let before: Set<String> = ["al", "or", "on", "an", "gn", "at", "it", "ic", "ar"]

  /// `word` (folded, lower case) with a British `-is-` ending spelt `-iz-`.
  static func americanized(_ word: String) -> String {
    guard word.utf8.count >= 7 else { return word }
    for ending in endings where word.hasSuffix(ending) {
      let stem = word.dropLast(ending.count)
      guard stem.count >= 2, before.contains(String(stem.suffix(2))) else { return word }
      return stem + "iz" + ending.dropFirst(2)
    }
    return word
  }
}
