/// The type of a link between two cards. Each relation is written once, on the card it starts from; the target
/// shows it as a backlink under `inverseName`.
public enum LinkRelation: String, CaseIterable, Sendable, Codable {
  case concerns
  case addresses
  case modelledOn = "modelled-on"
  case changes
  case comparedWith = "compared-with"
  case implements
  case partOf = "part-of"
  case amends
  case replaces
  case seeAlso = "see-also"

  /// How the link reads on the card it starts from.
  public var name: LocalizedText {
    switch self {
    case .concerns: LocalizedText(uz: "Tegishli hujjatlar", en: "Concerns")
    case .addresses: LocalizedText(uz: "Bartaraf etadi", en: "Addresses")
    case .modelledOn: LocalizedText(uz: "Namuna", en: "Modelled on")
    case .changes: LocalizedText(uz: "Oʻzgartiradi", en: "Would change")
    case .comparedWith: LocalizedText(uz: "Qiyoslanadi", en: "Compared with")
    case .implements: LocalizedText(uz: "Amalga oshiradi", en: "Implements")
    case .partOf: LocalizedText(uz: "Tarkibiga kiradi", en: "Part of")
    case .amends: LocalizedText(uz: "Oʻzgartirish kiritadi", en: "Amends")
    case .replaces: LocalizedText(uz: "Oʻrnini egallaydi", en: "Replaces")
    case .seeAlso: LocalizedText(uz: "Shuningdek qarang", en: "See also")
    }
  }

  /// How the link reads on the card it points to.
  public var inverseName: LocalizedText {
    switch self {
    case .concerns: LocalizedText(uz: "Kamchiliklar", en: "Concerned by")
    case .addresses: LocalizedText(uz: "Yechim takliflari", en: "Addressed by")
    case .modelledOn: LocalizedText(uz: "Namuna boʻlgan takliflar", en: "Model for")
    case .changes: LocalizedText(uz: "Oʻzgartiruvchi takliflar", en: "Would be changed by")
    case .comparedWith: LocalizedText(uz: "Xorijiy qiyoslar", en: "Compared with")
    case .implements: LocalizedText(uz: "Amalga oshiruvchi", en: "Implemented by")
    case .partOf: LocalizedText(uz: "Tarkibi", en: "Includes")
    case .amends: LocalizedText(uz: "Oʻzgartirilgan", en: "Amended by")
    case .replaces: LocalizedText(uz: "Oʻrnini egallagan", en: "Replaced by")
    case .seeAlso: LocalizedText(uz: "Shuningdek qarang", en: "See also")
    }
  }
}
