/// The legal order a card belongs to.
public enum Jurisdiction: String, CaseIterable, Sendable, Codable {
  case UZ, EE, KR, US, RU, EU, SE, INT

  /// The jurisdiction's name.
  public var name: LocalizedText {
    switch self {
    case .UZ: LocalizedText(uz: "Oʻzbekiston", en: "Uzbekistan")
    case .EE: LocalizedText(uz: "Estoniya", en: "Estonia")
    case .KR: LocalizedText(uz: "Janubiy Koreya", en: "South Korea")
    case .US: LocalizedText(uz: "AQSh", en: "USA")
    case .RU: LocalizedText(uz: "Rossiya", en: "Russia")
    case .EU: LocalizedText(uz: "Yevropa Ittifoqi", en: "European Union")
    case .SE: LocalizedText(uz: "Shvetsiya", en: "Sweden")
    case .INT: LocalizedText(uz: "Xalqaro", en: "International")
    }
  }
}
