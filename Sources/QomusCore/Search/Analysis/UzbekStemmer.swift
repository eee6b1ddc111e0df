/// A light Uzbek suffix stemmer for folded Latin words (lower case, no apostrophes).
///
/// Strips, from the end and outermost first: particles (`-dir`, `-gina`), case (`-ning`, `-ni`, `-ga`, `-da`,
/// `-dan`, `-gacha`, `-dagi`), possessive (`-lari`, `-imiz`, `-ingiz`, `-si`, `-i`), plural (`-lar`) and a few
/// derivational suffixes (`-lik`/`-lig`, `-ish`, `-iy`, `-gan`; not the verb-forming `-lashtir`, which
/// changes the meaning: `axborotlashtirish` is not `axborot`). A stem keeps at least three
/// letters and a vowel, and protected stems (`tizim`, `portal`, `qoida` …) are never cut. A final `g`/`q` after a
/// vowel is written `k`, so that the k→g and q→gʻ alternation (`yurak`/`yuragi`, `qishloq`/`qishlogʻi`) meets.
///
/// `qonunlarning` → `qonun`, `xizmatlarini` → `xizmat`, `davlatlarida` → `davlat`, `maʼlumotlarni` → `malumot`.
enum UzbekStemmer {
  static let minimumStemLength = 3

  /// Stems that end like a suffix and must stay whole.
  static let protectedStems: Set<String> = [
    "tizim", "hokim", "talim", "dastur", "bilan", "inson", "ijro", "muhim", "xavfsiz", "qoida", "foyda", "ifoda",
    "dollar", "portal", "tahlil", "ishonch", "kanada", "organ", "asos", "nizom", "islom", "ilm", "hamda", "orqali",
    "kabi", "yani", "uchun", "ammo", "lekin", "sifatida", "barcha", "kodeks", "qonun", "xalqaro", "soda", "hozir",
    "el", "farmon", "inson", "zamon",
  ]

  /// Stems ending in a vowel and `s`, where a final `-si` is the stem's `s` plus `-i` (`asosi` → `asos`).
  private static let stemsEndingInVowelS: Set<String> = ["asos", "xos", "mos", "nafas", "qafas", "havas", "qiyos"]

  private static let particles = ["gina", "dir"]
  private static let cases = ["gacha", "dagi", "ning", "dan", "ni", "ga", "da"]
  private static let possessives = ["ingiz", "ngiz", "imiz", "lari", "miz", "si", "i"]
  private static let derivations = ["lik", "lig", "ish", "viy", "iy", "gan"]

  /// The stem of a folded word, and a second reading where the ending is ambiguous: `farmoni` is `farmo` + `-ni`
  /// or `farmon` + `-i`; both are indexed, so that `farmon` and `bazani` → `baza` are found.
  static func stems(_ word: String) -> (stem: String, alternate: String?) {
    let primary = stem(word)
    guard word.hasSuffix("ni"), primary != word else { return (primary, nil) }
    let beforeSuffix = word.dropLast(2)
    guard let vowel = beforeSuffix.last, isVowel(vowel), vowel != "i" else { return (primary, nil) }
    let alternate = stem(String(word.dropLast()))
    return (primary, alternate == primary ? nil : alternate)
  }

  /// The stem of a folded word. Words with anything but the letters a–z are returned unchanged.
  static func stem(_ word: String) -> String {
    guard word.utf8.count > minimumStemLength, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
      return word
    }
    var stem = word
    if let known = protectedStem(of: stem) { return known }
    for layer in [particles, cases, possessives, ["lar"]] {
      if let shorter = strip(stem, layer) {
        stem = shorter
        if let known = protectedStem(of: stem) { return known }
      }
    }
    for _ in 0..<3 {
      guard let shorter = strip(stem, derivations) else { break }
      stem = shorter
      if let known = protectedStem(of: stem) { return known }
    }
    return canonicalEnding(stem)
  }

  private static let allSuffixes = Set(particles + cases + possessives + ["lar"] + derivations)

  /// `word` if it is protected, or the protected stem it is made of with one suffix (`qonuni` → `qonun`, which
  /// would otherwise read as `qonu` + `-ni`).
  private static func protectedStem(of word: String) -> String? {
    if protectedStems.contains(word) { return word }
    for suffix in allSuffixes where word.hasSuffix(suffix) {
      let stem = String(word.dropLast(suffix.count))
      if protectedStems.contains(stem) { return stem }
    }
    return nil
  }

  /// `word` without the first suffix of `suffixes` it ends with, if what remains is long enough.
  private static func strip(_ word: String, _ suffixes: [String]) -> String? {
    for suffix in suffixes where word.hasSuffix(suffix) {
      var remaining = String(word.dropLast(suffix.count))
      switch suffix {
      case "si":
        // -si follows a vowel; after a consonant the s belongs to the stem (asos + i).
        if stemsEndingInVowelS.contains(String(word.dropLast())) {
          remaining = String(word.dropLast())
        } else if let last = remaining.last, !isVowel(last) {
          continue
        }
      case "i":
        // -i follows a consonant.
        guard let last = remaining.last, !isVowel(last) else { continue }
      case "ngiz", "miz":
        guard let last = remaining.last, isVowel(last) else { continue }
      default:
        break
      }
      guard isAcceptableStem(remaining) else { continue }
      return remaining
    }
    return nil
  }

  private static func isAcceptableStem(_ stem: String) -> Bool {
    stem.utf8.count >= minimumStemLength && stem.contains(where: isVowel)
  }

  private static func isVowel(_ character: Character) -> Bool {
    "aeiou".contains(character)
  }

  /// A final `g` or `q` after a vowel becomes `k`.
  private static func canonicalEnding(_ stem: String) -> String {
    guard stem.count >= 3, let last = stem.last, last == "g" || last == "q" else { return stem }
    let previous = stem[stem.index(stem.endIndex, offsetBy: -2)]
    return isVowel(previous) ? String(stem.dropLast()) + "k" : stem
  }
}
