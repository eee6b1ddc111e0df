/// What a card describes.
public enum CardKind: String, CaseIterable, Sendable, Codable, Comparable {
  case act, analogue, deficiency, proposal, platform, source

  /// The plural label used for tabs and headings.
  public var pluralName: LocalizedText {
    switch self {
    case .act: LocalizedText(uz: "Hujjatlar", en: "Acts")
    case .analogue: LocalizedText(uz: "Xorijiy tajriba", en: "Analogues")
    case .deficiency: LocalizedText(uz: "Kamchiliklar", en: "Deficiencies")
    case .proposal: LocalizedText(uz: "Takliflar", en: "Proposals")
    case .platform: LocalizedText(uz: "Platformalar", en: "Platforms")
    case .source: LocalizedText(uz: "Manba", en: "Source")
    }
  }

  /// The singular label shown in a card's meta line.
  public var singularName: LocalizedText {
    switch self {
    case .act: LocalizedText(uz: "hujjat", en: "act")
    case .analogue: LocalizedText(uz: "xorijiy tajriba", en: "foreign analogue")
    case .deficiency: LocalizedText(uz: "kamchilik", en: "deficiency")
    case .proposal: LocalizedText(uz: "taklif", en: "proposal")
    case .platform: LocalizedText(uz: "platforma", en: "platform")
    case .source: LocalizedText(uz: "manba", en: "source")
    }
  }

  public static func < (lhs: CardKind, rhs: CardKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
