/// Whether an act is law today.
public enum ActStatus: String, CaseIterable, Sendable, Codable {
  case inForce = "in-force"
  case replaced
  case repealed
  case proposed
  /// The research found the act and its date but nothing on whether it is law today: shown as unverified rather
  /// than guessed.
  case unverified

  /// The status as shown in a card's meta line.
  public var name: LocalizedText {
    switch self {
    case .inForce: LocalizedText(uz: "amalda", en: "in force")
    case .replaced: LocalizedText(uz: "almashtirilgan", en: "replaced")
    case .repealed: LocalizedText(uz: "kuchini yoʻqotgan", en: "repealed")
    case .proposed: LocalizedText(uz: "taklif etilgan", en: "proposed")
    case .unverified:
      LocalizedText(uz: "amaldagi maqomi tasdiqlanmagan", en: "current status unverified")
    }
  }
}
