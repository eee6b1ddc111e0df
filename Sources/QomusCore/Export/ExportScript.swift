import Foundation

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

  /// Markdown `text`, written in `language`, in this script: the prose changes script, link targets (`](url)`),
  /// code spans and HTML-like tags stay as written.
  public func applyMarkdown(_ text: String, _ language: Language) -> String {
    guard self == .cyrillic, language == .uz else { return text }
    var result = ""
    var rest = text[...]
    while let range = rest.range(of: #"\]\([^)\s]*\)|`[^`]*`|<[^>\n]*>"#, options: .regularExpression) {
      let before = String(rest[..<range.lowerBound])
      // The link text right before `](` is its own token, so that the URL does not keep it Latin.
      result += UzbekTransliterator.toCyrillic(before) + rest[range]
      rest = rest[range.upperBound...]
    }
    return result + UzbekTransliterator.toCyrillic(String(rest))
  }
}
