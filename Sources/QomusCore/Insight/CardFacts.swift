/// A card's headline facts in words, shared by slides and handouts: “act · Uzbekistan · ZRU-395 · adopted
/// 2015-12-09 · effective 2016-06-10 · in force”.
public enum CardFacts {
  /// The meta line's parts: kind, jurisdiction, number, issuer, dates and status, those the card has. Names (kind,
  /// jurisdiction, status) are given in every one of `languages`, joined by “ / ”; the rest in the first of them.
  /// `script` writes text of a language in the reader's script (Uzbek in Cyrillic); numbers and dates stay as they
  /// are. The one meta line of `qomus show`, the explorer, slides and handouts.
  public static func meta(
    of card: Card, languages: [Language],
    script: (String, Language) -> String = { text, _ in text }
  ) -> [String] {
    let first = languages.first ?? .en
    func name(_ text: LocalizedText) -> String {
      languages.map { script(text[$0], $0) }.joined(separator: " / ")
    }
    var parts = [name(card.kind.singularName), name(card.jurisdiction.name)]
    if let number = card.number { parts.append(number) }
    if let issuer = card.issuer { parts.append(script(issuer[first], first)) }
    parts += dates(of: card, language: first, script: script)
    if let status = card.status { parts.append(name(status.name)) }
    return parts
  }

  /// The meta line's parts in one `language`.
  public static func meta(of card: Card, language: Language) -> [String] {
    meta(of: card, languages: [language])
  }

  /// “adopted 2015-12-09”, “effective 2016-06-10”, those the card has, the words through `script`.
  public static func dates(
    of card: Card, language: Language, script: (String, Language) -> String = { text, _ in text }
  ) -> [String] {
    var parts: [String] = []
    if let adopted = card.adopted {
      parts.append(script(Labels.adopted[language], language) + " " + adopted.description)
    }
    if let inForce = card.inForce {
      parts.append(script(Labels.inForce[language], language) + " " + inForce.description)
    }
    return parts
  }

  /// Short labels for the facts.
  public enum Labels {
    public static let adopted = LocalizedText(uz: "qabul qilingan", en: "adopted")
    /// The date a card's act took effect (“effective”, so it does not repeat the status “in force”).
    public static let inForce = LocalizedText(uz: "kuchga kirgan", en: "effective")
    public static let factCheck = LocalizedText(uz: "Tekshiruv izohi", en: "Fact-check note")
    public static let sources = LocalizedText(uz: "Manbalar", en: "Sources")
    public static let lecturerNote = LocalizedText(uz: "Maʼruzachi uchun izoh", en: "Lecturer note")
    public static let article = LocalizedText(uz: "Maqola", en: "Article")
  }
}
