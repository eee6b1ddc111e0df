/// The script an export writes Uzbek in: the official Latin alphabet, or Cyrillic (transliterated by
/// `UzbekTransliterator`). English is the same in both.
public enum ExportScript: String, CaseIterable, Sendable {
  case latin, cyrillic

  /// `text`, written in `language`, in this script.
  public func apply(_ text: String, _ language: Language) -> String {
    self == .cyrillic && language == .uz ? UzbekTransliterator.toCyrillic(text) : text
  }

  /// `text` in `language` and this script.
  public func apply(_ text: LocalizedText, _ language: Language) -> String {
    apply(text[language], language)
  }
}
