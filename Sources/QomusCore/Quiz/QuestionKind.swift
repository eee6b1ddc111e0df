/// What a quiz question asks. Each kind reads one kind of fact from the cards.
public enum QuestionKind: String, CaseIterable, Sendable, Codable {
  /// Which act (or foreign analogue) a card's summary describes: summary → title.
  case actBySummary = "summary"
  /// In which year an act or analogue was adopted: title → `adopted`.
  case adoptionYear = "year"
  /// Whose model a proposal draws on: `modelled-on` link → the analogue's jurisdiction.
  case modelJurisdiction = "model"
  /// Which deficiency a proposal addresses: `addresses` link → the deficiency's title.
  case deficiencyAddressed = "fixes"

  /// A short heading for the question.
  public var name: LocalizedText {
    switch self {
    case .actBySummary: LocalizedText(uz: "Qaysi hujjat?", en: "Which act?")
    case .adoptionYear: LocalizedText(uz: "Qabul qilingan yili", en: "Year of adoption")
    case .modelJurisdiction: LocalizedText(uz: "Xorijiy namuna", en: "Foreign model")
    case .deficiencyAddressed:
      LocalizedText(uz: "Bartaraf etiladigan kamchilik", en: "Deficiency addressed")
    }
  }
}
