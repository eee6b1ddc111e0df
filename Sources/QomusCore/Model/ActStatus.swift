/// Whether an act is law today.
public enum ActStatus: String, CaseIterable, Sendable, Codable {
  case inForce = "in-force"
  case replaced
  case repealed
  case proposed

  /// The status as shown in a card's meta line.
  public var name: LocalizedText {
    switch self {
    case .inForce: LocalizedText(uz: "amalda", en: "in force")
    case .replaced: LocalizedText(uz: "almashtirilgan", en: "replaced")
    case .repealed: LocalizedText(uz: "kuchini yoʻqotgan", en: "repealed")
    case .proposed: LocalizedText(uz: "taklif etilgan", en: "proposed")
    }
  }
}
