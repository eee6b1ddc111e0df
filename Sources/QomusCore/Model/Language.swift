/// A language a card is written in.
public enum Language: String, CaseIterable, Sendable, Codable {
  case uz, en

  /// The name of the language in itself.
  public var nativeName: String {
    switch self {
    case .uz: "Oʻzbekcha"
    case .en: "English"
    }
  }
}
