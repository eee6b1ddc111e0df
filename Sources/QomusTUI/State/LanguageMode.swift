import QomusCore

/// How text is shown: `L` cycles Uzbek → English → both side by side → Uzbek in Cyrillic script.
public enum LanguageMode: String, CaseIterable, Sendable {
  case uzbek, english, both, cyrillic

  /// The next mode in the cycle.
  public var next: LanguageMode {
    let all = Self.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }

  /// The short name in the status bar.
  public var label: String {
    switch self {
    case .uzbek: "UZ"
    case .english: "EN"
    case .both: "UZ|EN"
    case .cyrillic: "ЎЗ"
    }
  }

  /// The language of titles, lists and the interface: English only in English mode.
  public var primary: Language { self == .english ? .en : .uz }

  /// The languages a card's text is shown in.
  public var languages: [Language] { self == .both ? [.uz, .en] : [primary] }

  /// `text` in the primary language and script.
  public func text(_ text: LocalizedText) -> String {
    script(text[primary], language: primary)
  }

  /// `text` (written in `language`) in this mode's script: Uzbek becomes Cyrillic in Cyrillic mode.
  public func script(_ text: String, language: Language) -> String {
    self == .cyrillic && language == .uz ? UzbekTransliterator.toCyrillic(text) : text
  }
}
