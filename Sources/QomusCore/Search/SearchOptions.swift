/// What to search and how many results to return.
public struct SearchOptions: Sendable, Hashable {
  /// Only cards of this kind (combines with any `kind:` in the query: both must hold).
  public var kind: CardKind?
  /// Search only this language's text; nil searches both.
  public var language: Language?
  /// The reader's language: when a card matches in both languages, its snippet (and `SearchHit.language`) is in
  /// this one. nil: the language that matched best.
  public var preferredLanguage: Language?
  public var limit: Int
  /// Treat the last word as a prefix while it is being typed (search as you type): `qonunc` finds `qonunchilik`.
  public var prefixLastWord: Bool
  /// Retry with one-edit corrections of unknown words of five letters or more when exact matching finds fewer
  /// than `fuzzyThreshold` cards.
  public var typoTolerance: Bool

  public init(
    kind: CardKind? = nil, language: Language? = nil, preferredLanguage: Language? = nil,
    limit: Int = 20, prefixLastWord: Bool = false, typoTolerance: Bool = true
  ) {
    self.kind = kind
    self.language = language
    self.preferredLanguage = preferredLanguage
    self.limit = limit
    self.prefixLastWord = prefixLastWord
    self.typoTolerance = typoTolerance
  }
}
