/// The type of a link between two cards. Each relation is written once, on the card it starts from; the target
/// shows it as a backlink under `inverseName`. `cites` is never written: `Corpus` computes it from the cards'
/// `section:` sources, so the source card reaches every card drawn from the article.
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
  /// Card → the source card: the card draws on the article (it has a `section:` source). Computed, not written.
  case cites

  /// Whether the relation is computed by `Corpus` rather than written in a card file.
  public var isComputed: Bool { self == .cites }

  /// Whether a link of this relation states how the article connects two cards (so a link the article does not
  /// make must be marked `inferred`), as opposed to a researched fact (`replaces`) or plain navigation (`see-also`).
  public var claimsTheArticle: Bool {
    switch self {
    case .concerns, .addresses, .modelledOn, .changes, .comparedWith: true
    default: false
    }
  }

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
    case .cites: LocalizedText(uz: "Manba", en: "Source")
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
    case .cites: LocalizedText(uz: "Maqolaga tayangan kartalar", en: "Cards drawn from it")
    }
  }
}
