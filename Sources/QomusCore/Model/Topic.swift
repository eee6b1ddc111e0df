/// The fixed vocabulary of topics a card can be filed under.
public enum Topic: String, CaseIterable, Sendable, Codable {
  case legalBasis = "legal-basis"
  case mandatoryEServices = "mandatory-e-services"
  case interoperability
  case informationSecurity = "information-security"
  case personalData = "personal-data"
  case digitalIdentity = "digital-identity"
  case openData = "open-data"
  case institutions
  case serviceQuality = "service-quality"
  case accessAbroad = "access-abroad"

  /// The topic's name.
  public var name: LocalizedText {
    switch self {
    case .legalBasis: LocalizedText(uz: "Huquqiy asos", en: "Legal basis")
    case .mandatoryEServices:
      LocalizedText(uz: "Majburiy elektron xizmatlar", en: "Mandatory e-services")
    case .interoperability: LocalizedText(uz: "Oʻzaro integratsiya", en: "Interoperability")
    case .informationSecurity: LocalizedText(uz: "Axborot xavfsizligi", en: "Information security")
    case .personalData: LocalizedText(uz: "Shaxsga doir maʼlumotlar", en: "Personal data")
    case .digitalIdentity: LocalizedText(uz: "Raqamli identifikatsiya", en: "Digital identity")
    case .openData: LocalizedText(uz: "Ochiq maʼlumotlar", en: "Open data")
    case .institutions: LocalizedText(uz: "Vakolatli organlar", en: "Institutions")
    case .serviceQuality: LocalizedText(uz: "Xizmat sifati", en: "Service quality")
    case .accessAbroad: LocalizedText(uz: "Xorijdan foydalanish", en: "Access abroad")
    }
  }
}
