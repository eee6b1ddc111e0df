/// A card's headline facts in words, shared by slides and handouts: “act · Uzbekistan · ZRU-395 · adopted
/// 2015-12-09 · in force”.
public enum CardFacts {
  /// The meta line's parts in `language`: kind, jurisdiction, number, dates and status, those the card has.
  public static func meta(of card: Card, language: Language) -> [String] {
    var parts = [card.kind.singularName[language], card.jurisdiction.name[language]]
    if let number = card.number { parts.append(number) }
    parts += dates(of: card, language: language)
    if let status = card.status { parts.append(status.name[language]) }
    return parts
  }

  /// “adopted 2015-12-09”, “in force 2016-06-10”, those the card has.
  public static func dates(of card: Card, language: Language) -> [String] {
    var parts: [String] = []
    if let adopted = card.adopted {
      parts.append(Labels.adopted[language] + " " + adopted.description)
    }
    if let inForce = card.inForce {
      parts.append(Labels.inForce[language] + " " + inForce.description)
    }
    return parts
  }

  /// Short labels for the facts.
  public enum Labels {
    public static let adopted = LocalizedText(uz: "qabul qilingan:", en: "adopted")
    public static let inForce = LocalizedText(uz: "kuchga kirgan:", en: "in force")
    public static let factCheck = LocalizedText(uz: "Tekshiruv izohi", en: "Fact-check note")
    public static let sources = LocalizedText(uz: "Manbalar", en: "Sources")
    public static let lecturerNote = LocalizedText(uz: "Maʼruzachi uchun izoh", en: "Lecturer note")
    public static let article = LocalizedText(uz: "Maqola", en: "Article")
  }
}
