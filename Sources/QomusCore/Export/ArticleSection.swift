/// The headings of the source article, which cards cite in Uzbek (`section: Takliflar 3`), in each language: a
/// citation in English names “Proposals 3 (Takliflar 3)” so that a reader can find it in the Uzbek text.
enum ArticleSection {
  /// The English names of the article's headings, as the cards write them.
  static let english: [String: String] = [
    "Annotatsiya": "Abstract",
    "Kirish": "Introduction",
    "Materiallar va usullar": "Materials and methods",
    "Estoniya tajribasi": "The experience of Estonia",
    "Janubiy Koreya tajribasi": "The experience of South Korea",
    "AQSh tajribasi": "The experience of the USA",
    "Rossiya tajribasi": "The experience of Russia",
    "Oʻzbekiston qonunchiligidagi kamchiliklar": "Deficiencies of Uzbek legislation",
    "Kamchiliklar": "Deficiencies",
    "Elektron xizmatlarning majburiyligi": "Mandatory e-services",
    "Axborot xavfsizligi masalasida": "On information security",
    "Shaxsiy maʼlumotlar himoyasining zaifligi": "Weak protection of personal data",
    "Raqamli identifikatsiya": "Digital identification",
    "Ochiq maʼlumotlar qonunchiligi": "Open data legislation",
    "Tashkiliy-huquqiy muammolar": "Organisational and legal problems",
    "Amaliy oqibatlar": "Practical consequences",
    "Xulosa": "Conclusion",
  ]

  /// Numbered headings: “Natijalar 2.1” is “Results 2.1”.
  static let numbered: [(uz: String, en: String)] = [("Natijalar", "Results"), ("Takliflar", "Proposals")]

  /// The heading `section` (as a card cites it) in `language`: in Uzbek as written, in English translated with the
  /// Uzbek in brackets; a heading without a translation is kept as written.
  static func name(_ section: String, in language: Language) -> String {
    guard language == .en else { return section }
    if let english = english[section] { return "\(english) (\(section))" }
    for (uz, en) in numbered where section.hasPrefix(uz + " ") {
      let number = section.dropFirst(uz.count + 1)
      if !number.isEmpty, number.allSatisfy({ $0.isNumber || $0 == "." }) {
        return "\(en) \(number) (\(section))"
      }
    }
    return section
  }
}
