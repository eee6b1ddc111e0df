import Foundation

@testable import QomusCore

/// Small inline corpora for search tests.
enum SearchTestCorpus {
  static func card(
    _ id: String, _ kind: CardKind = .act, jurisdiction: Jurisdiction = .UZ,
    uz: (String, String, String),
    en: (String, String, String), number: String? = nil, year: Int? = nil, topics: [Topic] = []
  ) -> Card {
    Card(
      id: id, kind: kind, jurisdiction: jurisdiction, title: LocalizedText(uz: uz.0, en: en.0),
      summary: LocalizedText(uz: uz.1, en: en.1), body: LocalizedText(uz: uz.2, en: en.2),
      number: number,
      adopted: year.map { PartialDate(year: $0) }, topics: topics)
  }

  /// Six cards with the features the tests need: apostrophes, inflections, identifiers, both languages.
  static let corpus = Corpus(cards: [
    card(
      "act-egov",
      uz: (
        "“Elektron hukumat toʻgʻrisida”gi Qonun",
        "Oʻzbekistonda elektron hukumatning huquqiy asoslarini belgilovchi qonun.",
        "Qonun davlat organlarining elektron xizmatlarini va maʼlumotlar almashinuvini tartibga soladi."
      ),
      en: (
        "Law “On Electronic Government”",
        "The law that lays down the legal basis of e-government in Uzbekistan.",
        "The law governs the electronic services of state bodies and the exchange of data."
      ), year: 2015, topics: [.legalBasis]),
    card(
      "act-eds",
      uz: (
        "“Elektron raqamli imzo toʻgʻrisida”gi Qonun",
        "Elektron raqamli imzoning huquqiy kuchini belgilaydi.",
        "Imzo kalitlari va sertifikatlar tartibi."
      ),
      en: (
        "Law “On Electronic Digital Signature”",
        "Gives electronic digital signatures legal force.",
        "Signature keys and certificates."
      ), year: 2003, topics: [.digitalIdentity]),
    card(
      "ana-ru-210", .analogue, jurisdiction: .RU,
      uz: (
        "Rossiyaning 210-FZ-sonli Federal qonuni",
        "Davlat va munitsipal xizmatlarni koʻrsatish toʻgʻrisida.",
        "Gosuslugi portali orqali xizmatlar elektron shaklda taqdim etiladi."
      ),
      en: (
        "Russian Federal Law No. 210-FZ",
        "On the provision of state and municipal services.",
        "Services are provided electronically through the Gosuslugi portal."
      ), number: "210-FZ", year: 2010, topics: [.mandatoryEServices]),
    card(
      "ana-iso", .analogue, jurisdiction: .INT,
      uz: (
        "ISO/IEC 27001 standarti",
        "Axborot xavfsizligini boshqarish tizimi standarti.",
        "Standart xavfsizlik choralarini belgilaydi."
      ),
      en: (
        "ISO/IEC 27001",
        "The information security management standard.",
        "The standard sets security controls."
      ), topics: [.informationSecurity]),
    card(
      "plat-my-gov", .platform,
      uz: (
        "my.gov.uz portali",
        "Yagona interaktiv davlat xizmatlari portali.",
        "Fuqarolar portal orqali arizalar yuboradi."
      ),
      en: (
        "The my.gov.uz portal",
        "The Single Portal of Interactive State Services.",
        "Citizens send applications through the portal."
      ), topics: [.mandatoryEServices]),
    card(
      "prop-mandatory", .proposal,
      uz: (
        "Elektron xizmatlarni majburiy qilish",
        "Davlat xizmatlarini elektron shaklda koʻrsatishni qonun bilan majburiy qilish taklifi.",
        "Qogʻoz kanali bekor qilinadi; rahbarlar uchun intizomiy javobgarlik."
      ),
      en: (
        "Make electronic services mandatory",
        "Proposal to make electronic provision of state services mandatory by law.",
        "The paper channel is retired; disciplinary liability for heads."
      ), topics: [.mandatoryEServices]),
  ])

  static let glossary = Glossary(entries: [
    Glossary.Entry(
      uz: ["elektron raqamli imzo", "ERI"], en: ["electronic digital signature", "e-signature"],
      ru: ["электронная цифровая подпись", "ЭЦП"]),
    Glossary.Entry(uz: ["javobgarlik"], en: ["liability", "responsibility"]),
  ])

  static func engine(glossary: Glossary = glossary) throws -> SearchEngine {
    try SearchEngine(corpus: corpus, glossary: glossary)
  }
}
