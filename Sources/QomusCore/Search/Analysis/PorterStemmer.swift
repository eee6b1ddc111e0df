/// The Porter (1980) stemmer for English, the algorithm of SQLite's `porter` tokenizer: `citizens` → `citizen`,
/// `signatures` → `signatur`, `governing` → `govern`. Only words of the letters a–z of three letters or more are
/// stemmed; anything else is returned unchanged.
enum PorterStemmer {
  static func stem(_ word: String) -> String {
    let bytes = Array(word.utf8)
    guard bytes.count > 2, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
    var stemmer = Stemmer(bytes)
    stemmer.run()
    return String(decoding: stemmer.word, as: UTF8.self)
  }

  private struct Stemmer {
    var word: [UInt8]

    init(_ word: [UInt8]) { self.word = word }

    mutating func run() {
      step1a()
      step1b()
      step1c()
      step2()
      step3()
      step4()
      step5()
    }

    // MARK: Measures

    /// Whether the letter at `index` is a consonant (y is a consonant at the start and after a vowel).
    func isConsonant(_ index: Int, in letters: ArraySlice<UInt8>) -> Bool {
      switch letters[index] {
      case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
        UInt8(ascii: "u"):
        false
      case UInt8(ascii: "y"):
        index == letters.startIndex ? true : !isConsonant(index - 1, in: letters)
      default: true
      }
    }

    /// m, the number of vowel-consonant sequences in `stem`.
    func measure(_ stem: ArraySlice<UInt8>) -> Int {
      var count = 0
      var index = stem.startIndex
      while index < stem.endIndex, isConsonant(index, in: stem) { index += 1 }
      while index < stem.endIndex {
        while index < stem.endIndex, !isConsonant(index, in: stem) { index += 1 }
        guard index < stem.endIndex else { break }
        count += 1
        while index < stem.endIndex, isConsonant(index, in: stem) { index += 1 }
      }
      return count
    }

    func hasVowel(_ stem: ArraySlice<UInt8>) -> Bool {
      stem.indices.contains { !isConsonant($0, in: stem) }
    }

    func endsWithDoubleConsonant(_ stem: ArraySlice<UInt8>) -> Bool {
      guard stem.count >= 2 else { return false }
      let last = stem.endIndex - 1
      return stem[last] == stem[last - 1] && isConsonant(last, in: stem)
    }

    /// *o: the stem ends consonant-vowel-consonant, the last not w, x or y.
    func endsCVC(_ stem: ArraySlice<UInt8>) -> Bool {
      guard stem.count >= 3 else { return false }
      let last = stem.endIndex - 1
      guard isConsonant(last, in: stem), !isConsonant(last - 1, in: stem),
        isConsonant(last - 2, in: stem)
      else {
        return false
      }
      return ![UInt8(ascii: "w"), UInt8(ascii: "x"), UInt8(ascii: "y")].contains(stem[last])
    }

    func ends(with suffix: String) -> Bool {
      let count = suffix.utf8.count
      return word.count >= count && word.suffix(count).elementsEqual(suffix.utf8)
    }

    func stem(before suffix: String) -> ArraySlice<UInt8> {
      word.prefix(word.count - suffix.utf8.count)
    }

    mutating func replace(_ suffix: String, with replacement: String) {
      word.removeLast(suffix.utf8.count)
      word.append(contentsOf: replacement.utf8)
    }

    /// Replaces the first matching suffix of `rules` when the stem's measure exceeds `minimumMeasure`.
    mutating func replaceFirst(_ rules: [(String, String)], minimumMeasure: Int) {
      for (suffix, replacement) in rules where ends(with: suffix) {
        if measure(stem(before: suffix)) > minimumMeasure { replace(suffix, with: replacement) }
        return
      }
    }

    // MARK: Steps

    mutating func step1a() {
      if ends(with: "sses") {
        replace("sses", with: "ss")
      } else if ends(with: "ies") {
        replace("ies", with: "i")
      } else if ends(with: "ss") {
        return
      } else if ends(with: "s") {
        replace("s", with: "")
      }
    }

    mutating func step1b() {
      if ends(with: "eed") {
        if measure(stem(before: "eed")) > 0 { replace("eed", with: "ee") }
        return
      }
      for suffix in ["ed", "ing"] where ends(with: suffix) {
        guard hasVowel(stem(before: suffix)) else { return }
        replace(suffix, with: "")
        if ends(with: "at") || ends(with: "bl") || ends(with: "iz") {
          word.append(UInt8(ascii: "e"))
        } else if endsWithDoubleConsonant(word[...]),
          let last = word.last,
          ![UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "z")].contains(last)
        {
          word.removeLast()
        } else if measure(word[...]) == 1, endsCVC(word[...]) {
          word.append(UInt8(ascii: "e"))
        }
        return
      }
    }

    mutating func step1c() {
      if ends(with: "y"), hasVowel(stem(before: "y")) {
        replace("y", with: "i")
      }
    }

    static let step2Rules = [
      ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
      ("bli", "ble"),
      ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"),
      ("ation", "ate"),
      ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
      ("aliti", "al"),
      ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ]

    static let step3Rules = [
      ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
      ("ness", ""),
    ]

    mutating func step2() {
      replaceFirst(Self.step2Rules, minimumMeasure: 0)
    }

    mutating func step3() {
      replaceFirst(Self.step3Rules, minimumMeasure: 0)
    }

    mutating func step4() {
      for suffix in Self.step4Suffixes where ends(with: suffix) {
        let stem = stem(before: suffix)
        guard measure(stem) > 1 else { return }
        if suffix == "ion" {
          guard let last = stem.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "t") else {
            return
          }
        }
        replace(suffix, with: "")
        return
      }
    }

    /// Step 4's suffixes, longest first, as the reference implementation's switch on the penultimate letter finds
    /// them.
    static let step4Suffixes = [
      "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
      "ism", "ate",
      "iti", "ous", "ive", "ize",
    ].sorted { ($0.count, $1) > ($1.count, $0) }

    mutating func step5() {
      if ends(with: "e") {
        let stem = stem(before: "e")
        let measure = measure(stem)
        if measure > 1 || (measure == 1 && !endsCVC(stem)) { word.removeLast() }
      }
      if ends(with: "ll"), measure(word[...]) > 1 {
        word.removeLast()
      }
    }
  }
}
