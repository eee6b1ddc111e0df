import QomusCore

/// The interface's own words, in both languages.
enum Strings {
  typealias L = LocalizedText
  static let appName = "Qomus"
  static let factCheck = L(uz: "Tekshiruv izohi", en: "Fact-check note")
  static let source = L(uz: "Manba", en: "Source")
  static let sources = L(uz: "Manbalar", en: "Sources")
  static let links = L(uz: "Havolalar", en: "Links")
  static let backlinks = L(uz: "Bu kartaga havolalar", en: "Referenced by")
  static let topics = L(uz: "Mavzular", en: "Topics")
  static let articleSection = L(uz: "Maqola", en: "Article")
  static let noCards = L(uz: "Karta yoʻq", en: "No cards")
  static let searching = L(uz: "Qidirilmoqda…", en: "Searching…")
  static let noMatches = L(uz: "Hech narsa topilmadi", en: "No matches")
  static let searchPrompt = L(
    uz: "Qidirish uchun yozing (lotin yoki kirill)", en: "Type to search, Uzbek or English")
  static let results = L(uz: "ta natija", en: "results")
  static let result = L(uz: "ta natija", en: "result")
  static let search = L(uz: "Qidiruv", en: "Search")
  static let filter = L(uz: "saralash", en: "filter")
  static let keys = L(uz: "Tugmalar", en: "Keys")
  static let mouse = L(
    uz: "Sichqoncha: bosish tanlaydi va ochadi, gʻildirak aylantiradi.",
    en: "Mouse: a click selects and follows, the wheel scrolls.")
  static let editingAsSearch = L(
    uz: "Tahrirlash tugmalari qidiruvdagidek.", en: "Editing keys as in Search.")
  static let tooSmall = L(uz: "Oyna juda kichik", en: "Window too small")
  static let noEarlier = L(uz: "Orqada karta yoʻq", en: "No earlier card")
  static let noLater = L(uz: "Oldinda karta yoʻq", en: "No later card")
  static let noLinks = L(uz: "Bu kartada havola yoʻq", en: "This card has no links")
  static let focusLink = L(uz: "Havolani tanlash uchun Tab", en: "Press Tab to focus a link")
  /// The link number being typed, and what Enter does with it.
  static func typedLink(_ number: Int) -> L {
    L(uz: "Havola [\(number)] — Enter oʻtadi", en: "Link [\(number)] — Enter follows it")
  }
  static func noSuchLink(_ number: Int, of count: Int) -> L {
    L(uz: "[\(number)] havola yoʻq (havolalar: 1–\(count))", en: "No link [\(number)] (links: 1–\(count))")
  }
  static let missingCard = L(uz: "Bunday karta yoʻq", en: "No such card")
}
