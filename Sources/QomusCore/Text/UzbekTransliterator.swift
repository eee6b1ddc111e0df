import Foundation

/// Converts between the Uzbek Cyrillic and Latin alphabets (the 1995 Latin alphabet, as amended).
///
/// `toLatin` follows the official rules, so that Cyrillic input can be matched against Latin content; Russian-only
/// letters get their usual Uzbek spellings (щ → shch, ы → i). `toCyrillic` is for display: it leaves numbers,
/// abbreviations (`ISO`, `FZ`, `GDPR`), foreign words (`Act`, `Circular`), URLs and e-mail addresses untouched.
public enum UzbekTransliterator {
  /// The official letter oʻ/gʻ mark (U+02BB) and the tutuq belgisi (U+02BC).
  static let turnedComma: Character = "\u{02BB}"
  static let modifierApostrophe: Character = "\u{02BC}"
  /// Every apostrophe form people type in Uzbek Latin text.
  static let apostrophes: Set<Character> = Apostrophes.characters

  // MARK: Cyrillic → Latin

  private static let cyrillicToLatin: [Character: String] = [
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ё": "yo", "ж": "j", "з": "z", "и": "i",
    "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u",
    "ф": "f", "х": "x", "ч": "ch", "ш": "sh", "ъ": "\u{02BC}", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    "ў": "o\u{02BB}", "қ": "q", "ғ": "g\u{02BB}", "ҳ": "h", "щ": "shch", "ы": "i", "і": "i",
    "ї": "yi",
    "є": "ye", "ґ": "g",
  ]
  private static let cyrillicVowels: Set<Character> = [
    "а", "е", "ё", "и", "о", "у", "э", "ю", "я", "ў", "ы",
  ]

  /// `text` with every Cyrillic letter written in Uzbek Latin: `Ўзбекистон` → `Oʻzbekiston`, `149-ФЗ` → `149-FZ`.
  /// Other characters are kept. Case follows the source: `Ш` → `Sh`, but `ШАХС` → `SHAXS`.
  public static func toLatin(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) else {
      return text
    }
    let composed = hasCombiningMark(text) ? text.precomposedStringWithCanonicalMapping : text
    let characters = Array(composed)
    var output = ""
    output.reserveCapacity(characters.count + 8)
    for index in characters.indices {
      let character = characters[index]
      let lower = lowered(character)
      let previous = index > 0 ? lowered(characters[index - 1]) : nil
      let latin: String
      switch lower {
      case "е":
        // ye at the start of a word and after a vowel, ъ or ь.
        let startsSyllable =
          previous.map { !$0.isLetter || cyrillicVowels.contains($0) || $0 == "ъ" || $0 == "ь" }
          ?? true
        latin = startsSyllable ? "ye" : "e"
      case "ц":
        // ts after a vowel, s at the start of a word and after a consonant.
        latin = previous.map { cyrillicVowels.contains($0) } ?? false ? "ts" : "s"
      case "ъ" where index + 1 < characters.count && lowered(characters[index + 1]) == "е":
        // объект → obyekt, субъект → subyekt: the official Latin writes no mark before ye (but meʼyor).
        continue
      default:
        guard let mapped = cyrillicToLatin[lower] else {
          output.append(character)
          continue
        }
        latin = mapped
      }
      guard character != lower, let first = latin.first else {
        output += latin
        continue
      }
      let neighbourIsCapital =
        (index > 0 && isCapitalLetter(characters[index - 1]))
        || (index + 1 < characters.count && isCapitalLetter(characters[index + 1]))
      output += neighbourIsCapital ? latin.uppercased() : first.uppercased() + latin.dropFirst()
    }
    return output.contains("yabr") || output.contains("Yabr") ? restoringMonthStems(output) : output
  }

  /// `latin` with the month stems of `monthStems` spelled as in Uzbek Latin (`oktyabr` → `oktabr`).
  private static func restoringMonthStems(_ latin: String) -> String {
    var text = latin
    for (literal, stem) in [("sentyabr", "sentabr"), ("oktyabr", "oktabr")] {
      for (from, to) in [(literal, stem), (literal.capitalized, stem.capitalized)] {
        text = text.replacingOccurrences(of: from, with: to)
      }
    }
    return text
  }

  /// The lowercase form of one character (the first, if lowercasing expands it).
  static func lowered(_ character: Character) -> Character {
    character.lowercased().first ?? character
  }

  /// Whether `text` has a combining mark (U+0300–U+036F), which canonical composition may fold into a letter.
  private static func hasCombiningMark(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x300...0x36F).contains($0.value) }
  }

  private static func isCapitalLetter(_ character: Character) -> Bool {
    character.isLetter && character.isUppercase
  }

  // MARK: Latin → Cyrillic

  private static let latinToCyrillic: [Character: Character] = [
    "a": "а", "b": "б", "d": "д", "f": "ф", "g": "г", "h": "ҳ", "i": "и", "j": "ж", "k": "к",
    "l": "л",
    "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т", "u": "у",
    "v": "в",
    "x": "х", "y": "й", "z": "з",
  ]
  private static let cyrillicVowelOutput: Set<Character> = [
    "а", "е", "ё", "и", "о", "у", "э", "ю", "я", "ў",
  ]

  /// `text` written in Uzbek Cyrillic, for display: `Oʻzbekiston` → `Ўзбекистон`, `maʼlumot` → `маълумот`.
  /// Words that are not Uzbek are kept as written: abbreviations in capitals (`ISO`, `FZ`, `XXI`), words with
  /// letters Uzbek Latin lacks (`Act`, `Circular`), a capital and a hyphen (`A-130`, `X-Road`),
  /// URLs, domains and e-mail addresses. Digits, punctuation and spacing are kept.
  public static func toCyrillic(_ text: String) -> String {
    let characters = Array(text.precomposedStringWithCanonicalMapping)
    var output = ""
    output.reserveCapacity(characters.count)
    var index = 0
    while index < characters.count {
      if characters[index].isWhitespace {
        output.append(characters[index])
        index += 1
        continue
      }
      var end = index
      while end < characters.count, !characters[end].isWhitespace { end += 1 }
      let token = characters[index..<end]
      output += isAddress(token) || isLetterCode(token) ? String(token) : convertToken(Array(token))
      index = end
    }
    return output
  }

  /// A URL, a domain (`my.gov.uz`) or an e-mail address.
  private static func isAddress(_ token: ArraySlice<Character>) -> Bool {
    let text = String(token)
    if text.contains("@") || text.contains("://") || text.lowercased().hasPrefix("www.") {
      return true
    }
    let characters = Array(token)
    for index in characters.indices.dropFirst().dropLast()
    where characters[index] == "." && characters[index - 1].isLetter
      && characters[index + 1].isLetter
    {
      return true
    }
    return false
  }

  /// A name or code that starts with a capital letter and a hyphen: `X-Road`, `A-130`.
  private static func isLetterCode(_ token: ArraySlice<Character>) -> Bool {
    let characters = Array(token)
    return characters.count >= 3 && characters[0].isASCII && characters[0].isUppercase
      && characters[1] == "-"
  }

  /// Converts the Latin words of one whitespace-free token, keeping everything else.
  private static func convertToken(_ characters: [Character]) -> String {
    var output = ""
    var index = 0
    while index < characters.count {
      guard isLatinLetter(characters[index]) else {
        output.append(characters[index])
        index += 1
        continue
      }
      // A word: Latin letters, with apostrophes between letters or after o/g.
      var end = index + 1
      while end < characters.count {
        if isLatinLetter(characters[end]) {
          end += 1
        } else if apostrophes.contains(characters[end]),
          end + 1 < characters.count
            ? isLatinLetter(characters[end + 1]) : "og".contains(characters[end - 1].lowercased())
        {
          end += 1
        } else {
          break
        }
      }
      let word = Array(characters[index..<end])
      let followedByNumber =
        end + 1 < characters.count && characters[end] == "-" && characters[end + 1].isNumber
      output +=
        keepsLatin(word, followedByNumber: followedByNumber) ? String(word) : convertWord(word)
      index = end
    }
    return output
  }

  private static func isLatinLetter(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
      return character.isLetter && character.unicodeScalars.first.map { $0.value < 0x0250 } ?? false
    }
    return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
      || ((0xC0...0x24F).contains(scalar.value) && character.isLetter)
  }

  /// Whether a word is an abbreviation, a code or a foreign word rather than Uzbek.
  private static func keepsLatin(_ word: [Character], followedByNumber: Bool) -> Bool {
    let letters = word.filter(\.isLetter)
    if letters.count >= 2, letters.allSatisfy(\.isUppercase) { return true }
    if letters.count == 1, followedByNumber { return true }
    for (offset, character) in word.enumerated() {
      let lower = character.lowercased()
      if lower == "w" { return true }
      if lower == "c", offset + 1 >= word.count || word[offset + 1].lowercased() != "h" {
        return true
      }
      if let scalar = character.unicodeScalars.first, scalar.value > 0x7F,
        !apostrophes.contains(character)
      {
        return true
      }
    }
    return false
  }

  /// Month names borrowed from Russian, whose Cyrillic keeps the Russian я: Latin stem → Cyrillic stem.
  static let monthStems: [(latin: String, cyrillic: String)] = [
    ("sentabr", "сентябр"), ("oktabr", "октябр"),
  ]

  /// Converts one Uzbek Latin word, preserving the case of each letter.
  private static func convertWord(_ word: [Character]) -> String {
    let lowercased = String(word).lowercased()
    if let stem = monthStems.first(where: { lowercased.hasPrefix($0.latin) }) {
      let head = word[0].isUppercase ? stem.cyrillic.prefix(1).uppercased() + stem.cyrillic.dropFirst() : stem.cyrillic
      return head + convertWord(Array(word.dropFirst(stem.latin.count)))
    }
    var output = ""
    var lastCyrillic: Character?
    var index = 0
    func lower(_ offset: Int) -> Character? {
      index + offset < word.count ? lowered(word[index + offset]) : nil
    }
    func emit(_ cyrillic: String, uppercase: Bool) {
      output += uppercase ? cyrillic.uppercased() : cyrillic
      lastCyrillic = cyrillic.last
    }
    while index < word.count {
      let character = word[index]
      let isUpper = character.isUppercase
      let current = lowered(character)
      let next = lower(1)
      let previousIsVowel = lastCyrillic.map { cyrillicVowelOutput.contains($0) } ?? false
      let atStart = lastCyrillic == nil
      if apostrophes.contains(character) {
        emit("ъ", uppercase: false)
        index += 1
      } else if current == "s", next == "h" {
        emit("ш", uppercase: isUpper)
        index += 2
      } else if current == "c", next == "h" {
        emit("ч", uppercase: isUpper)
        index += 2
      } else if current == "o" || current == "g", let mark = next, apostrophes.contains(mark),
        word[index + 1] != modifierApostrophe
      {
        emit(current == "o" ? "ў" : "ғ", uppercase: isUpper)
        index += 2
      } else if current == "y", next == "o", index + 2 < word.count, apostrophes.contains(word[index + 2]),
        word[index + 2] != modifierApostrophe
      {
        // yoʻ is й + ў (yoʻq → йўқ, yoʻnalish → йўналиш), never ё + ъ.
        emit("й", uppercase: isUpper)
        index += 1
      } else if current == "y", let vowel = next, "eoua".contains(vowel) {
        switch vowel {
        case "e": emit(atStart || previousIsVowel ? "е" : "ъе", uppercase: isUpper)
        case "o": emit("ё", uppercase: isUpper)
        case "u": emit("ю", uppercase: isUpper)
        default: emit("я", uppercase: isUpper)
        }
        index += 2
      } else if current == "t", next == "s", lower(2) != "a", lower(2) != "h" {
        // ts is ц (militsiya), but not in the conditional -tsa (ketsa) or before sh.
        emit("ц", uppercase: isUpper)
        index += 2
      } else if current == "e" {
        emit(atStart || previousIsVowel ? "э" : "е", uppercase: isUpper)
        index += 1
      } else if let cyrillic = latinToCyrillic[current] {
        emit(String(cyrillic), uppercase: isUpper)
        index += 1
      } else {
        output.append(character)
        lastCyrillic = nil
        index += 1
      }
    }
    return output
  }
}
