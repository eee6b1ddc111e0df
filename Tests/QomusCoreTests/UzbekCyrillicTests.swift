import Foundation
import Testing

@testable import QomusCore

/// Uzbek Cyrillic as the explorer and `--lang cyr` show it: checked against the spellings of the official
/// Cyrillic orthography, and by a round trip over every Uzbek word of the bundled content.
@Suite("Uzbek Cyrillic")
struct UzbekCyrillicTests {
  @Test(arguments: [
    ("yoʻq", "йўқ"), ("yoʻnalish", "йўналиш"), ("Yoʻl", "Йўл"), ("yoʻli", "йўли"), ("koʻyoʻl", "кўйўл"),
    ("yosh", "ёш"), ("yoz", "ёз"), ("oktabr", "октябр"), ("oktabrdagi", "октябрдаги"),
    ("sentabrda", "сентябрда"), ("Oktabr", "Октябр"), ("dekabr", "декабр"), ("obyekt", "объект"),
    ("subyektining", "субъектининг"), ("maʼlumot", "маълумот"),
  ])
  func officialSpellings(latin: String, cyrillic: String) {
    #expect(UzbekTransliterator.toCyrillic(latin) == cyrillic)
    #expect(UzbekTransliterator.toLatin(cyrillic) == latin)
  }

  /// Foreign proper names in Uzbek text, which Cyrillic spells by sound (Estonian `Inspektsioon` → `Инспекциоон`).
  static let foreignNames: Set<String> = ["Inspektsioon"]

  /// Every word of the Uzbek texts of the bundled cards survives Latin → Cyrillic → Latin, and no Cyrillic
  /// form has ъ after ё (the old yoʻ → ёъ slip).
  @Test func everyBundledUzbekWordRoundTrips() {
    let cards = BundledContentTests.result.corpus.cards
    var words: Set<String> = []
    for card in cards {
      let texts = [card.title.uz, card.summary.uz, card.body.uz] + card.notes.map(\.text.uz)
      for text in texts {
        for word in text.split(whereSeparator: { !$0.isLetter && !UzbekTransliterator.apostrophes.contains($0) }) {
          words.insert(String(word))
        }
      }
    }
    #expect(words.count > 1000, "the content has thousands of Uzbek words (\(words.count))")
    var failures: [String] = []
    for word in words.sorted() {
      let cyrillic = UzbekTransliterator.toCyrillic(word)
      if cyrillic.contains("ёъ") || cyrillic.contains("Ёъ") { failures.append("\(word) → \(cyrillic) (ёъ)") }
      // Kept in Latin (an abbreviation, a foreign word), or a foreign name Cyrillic cannot carry back.
      guard cyrillic != word, !Self.foreignNames.contains(word) else { continue }
      let back = UzbekTransliterator.toLatin(cyrillic)
      // An abbreviation's case is not in its Cyrillic: АҚШ is AQSH or AQSh.
      let same = word.filter(\.isUppercase).count > 1 ? back.lowercased() == word.lowercased() : back == word
      if !same { failures.append("\(word) → \(cyrillic) → \(back)") }
    }
    #expect(failures.isEmpty, "\(failures.count) words: \(failures.prefix(40).joined(separator: "; "))")
  }
}
