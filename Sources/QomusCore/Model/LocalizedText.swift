/// A text in both languages of the corpus.
public struct LocalizedText: Sendable, Hashable, Codable {
  public var uz: String
  public var en: String

  public init(uz: String, en: String) {
    self.uz = uz
    self.en = en
  }

  /// The text in `language`.
  public subscript(language: Language) -> String {
    get { language == .uz ? uz : en }
    set { if language == .uz { uz = newValue } else { en = newValue } }
  }
}
