/// A light Uzbek suffix stemmer for folded Latin words (lower case, no apostrophes).
///
/// Strips, from the end and outermost first: particles (`-dir`, `-gina`), case (`-ning`, `-ni`, `-ga`, `-da`,
/// `-dan`, `-gacha`, `-dagi`), possessive (`-lari`, `-imiz`, `-ingiz`, `-si`, `-i`), plural (`-lar`) and a few
/// derivational suffixes (`-lik`/`-lig`, `-ish`, `-iy`, `-gan`; not the verb-forming `-lashtir`, which changes the
/// meaning: `axborotlashtirish` is not `axborot`, nor the adjective-forming `-li`: `raqamli` "digital" stays whole,
/// where a possessive `-i` after a consonant cluster would leave the non-word `raqaml`). A stem keeps at least three
/// letters and a vowel, and protected stems (`tizim`, `portal`, `qoida` …) are never cut. A final `g`/`q` after a vowel is written `k`, so that the
/// k→g and q→gʻ alternation (`yurak`/`yuragi`, `qishloq`/`qishlogʻi`) meets.
///
/// `qonunlarning` → `qonun`, `xizmatlarini` → `xizmat`, `davlatlarida` → `davlat`, `maʼlumotlarni` → `malumot`.
enum UzbekStemmer {
  static let minimumStemLength = 3

  /// Stems that end like a suffix and must stay whole.
  static let protectedStems: Set<String> = [
    "tizim", "hokim", "talim", "dastur", "bilan", "inson", "ijro", "muhim", "xavfsiz", "qoida",
    "foyda", "ifoda",
    "dollar", "portal", "tahlil", "ishonch", "kanada", "organ", "asos", "nizom", "islom", "ilm",
    "hamda", "orqali",
    "kabi", "yani", "uchun", "ammo", "lekin", "sifatida", "barcha", "kodeks", "qonun", "xalqaro",
    "soda", "hozir",
    "el", "farmon", "inson", "zamon",
  ]

  /// Stems ending in a vowel and `s`, where a final `-si` is the stem's `s` plus `-i` (`asosi` → `asos`).
  private static let stemsEndingInVowelS: Set<String> = [
    "asos", "xos", "mos", "nafas", "qafas", "havas", "qiyos",
  ]

  private typealias Bytes = [UInt8]

  private static func bytes(_ suffixes: [String]) -> [Bytes] { suffixes.map { Array($0.utf8) } }

  private static let particles = bytes(["gina", "dir"])
  private static let cases = bytes(["gacha", "dagi", "ning", "dan", "ni", "ga", "da"])
  private static let possessives = bytes(["ingiz", "ngiz", "imiz", "lari", "miz", "si", "i"])
  private static let plurals = bytes(["lar"])
  private static let derivations = bytes(["lik", "lig", "ish", "viy", "iy", "gan"])
  private static let allSuffixes = particles + cases + possessives + plurals + derivations

  private static let protectedBytes = Set(protectedStems.map { Array($0.utf8) })
  private static let vowelSBytes = Set(stemsEndingInVowelS.map { Array($0.utf8) })

  /// The stem of a folded word, and a second reading where the ending is ambiguous: `farmoni` is `farmo` + `-ni`
  /// or `farmon` + `-i`; both are indexed, so that `farmon` and `bazani` → `baza` are found.
  static func stems(_ word: String) -> (stem: String, alternate: String?) {
    let primary = stem(word)
    guard primary != word, word.utf8.count > 3, word.hasSuffix("ni") else { return (primary, nil) }
    let bytes = Array(word.utf8)
    let vowel = bytes[bytes.count - 3]
    guard isVowel(vowel), vowel != UInt8(ascii: "i") else { return (primary, nil) }
    let alternate = stem(String(decoding: bytes.dropLast(), as: UTF8.self))
    return (primary, alternate == primary ? nil : alternate)
  }

  /// The stem of a folded word. Words with anything but the letters a–z are returned unchanged.
  static func stem(_ word: String) -> String {
    guard word.utf8.count > minimumStemLength, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
    else {
      return word
    }
    var stem = Array(word.utf8)
    if let known = protectedStem(of: stem) { return String(decoding: known, as: UTF8.self) }
    var changed = false
    for layer in [particles, cases, possessives, plurals] {
      if strip(&stem, layer) {
        changed = true
        if let known = protectedStem(of: stem) { return String(decoding: known, as: UTF8.self) }
      }
    }
    for _ in 0..<3 {
      guard strip(&stem, derivations) else { break }
      changed = true
      if let known = protectedStem(of: stem) { return String(decoding: known, as: UTF8.self) }
    }
    let ending = canonicalEnding(&stem)
    return changed || ending ? String(decoding: stem, as: UTF8.self) : word
  }

  /// `word` if it is protected, or the protected stem it is made of with one suffix (`qonuni` → `qonun`, which
  /// would otherwise read as `qonu` + `-ni`).
  private static func protectedStem(of word: Bytes) -> Bytes? {
    if protectedBytes.contains(word) { return word }
    for suffix in allSuffixes where hasSuffix(word, suffix) {
      let stem = Array(word.dropLast(suffix.count))
      if protectedBytes.contains(stem) { return stem }
    }
    return nil
  }

  /// Removes the first suffix of `suffixes` that `word` ends with, if what remains is a long enough stem.
  private static func strip(_ word: inout Bytes, _ suffixes: [Bytes]) -> Bool {
    for suffix in suffixes where hasSuffix(word, suffix) {
      var cut = suffix.count
      let before = word.count - cut - 1
      switch suffix {
      case [0x73, 0x69]:  // si: follows a vowel; after a consonant the s belongs to the stem (asos + i)
        if vowelSBytes.contains(Array(word.dropLast())) {
          cut = 1
        } else if before < 0 || !isVowel(word[before]) {
          continue
        }
      case [0x69]:  // i: follows a consonant, but not the l of the adjective suffix -li (raqam + li, not raqaml + i)
        guard before >= 0, !isVowel(word[before]) else { continue }
        if word[before] == UInt8(ascii: "l"), before >= 1, !isVowel(word[before - 1]) { continue }
      case [0x6E, 0x67, 0x69, 0x7A], [0x6D, 0x69, 0x7A]:  // ngiz, miz: follow a vowel
        guard before >= 0, isVowel(word[before]) else { continue }
      default:
        break
      }
      let remaining = word.count - cut
      guard remaining >= minimumStemLength, word[..<remaining].contains(where: isVowel) else {
        continue
      }
      word.removeLast(cut)
      return true
    }
    return false
  }

  private static func hasSuffix(_ word: Bytes, _ suffix: Bytes) -> Bool {
    word.count > suffix.count && word.suffix(suffix.count).elementsEqual(suffix)
  }

  private static func isVowel(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
      UInt8(ascii: "u"):
      true
    default: false
    }
  }

  /// A final `g` or `q` after a vowel becomes `k`; returns whether it changed.
  private static func canonicalEnding(_ stem: inout Bytes) -> Bool {
    guard stem.count >= 3, let last = stem.last,
      last == UInt8(ascii: "g") || last == UInt8(ascii: "q"),
      isVowel(stem[stem.count - 2])
    else { return false }
    stem[stem.count - 1] = UInt8(ascii: "k")
    return true
  }
}
