/// A fact-check note on a card a proposal rests on, as a policymaker's warning: the premise the note puts in doubt
/// (its first sentence) and, when that sentence only reports what the article says, the correction that follows it.
public struct FactCheckCaveat: Sendable, Hashable {
  /// The card that carries the note.
  public var card: CardReference
  /// The note in full.
  public var note: FactNote
  /// The note's first sentence, per language.
  public var premise: LocalizedText
  /// The sentence after the first, per language, when the first only reports the article's claim (“The article
  /// says …”, “Maqola …”); empty otherwise.
  public var correction: LocalizedText

  public init(card: CardReference, note: FactNote) {
    self.card = card
    self.note = note
    var premise = LocalizedText(uz: "", en: "")
    var correction = LocalizedText(uz: "", en: "")
    for language in Language.allCases {
      let text = note.text[language].trimmingCharacters(in: .whitespacesAndNewlines)
      let first = PlainText.firstSentence(text)
      premise[language] = first
      let rest = String(text.dropFirst(first.count)).trimmingCharacters(in: .whitespaces)
      if Self.reportsTheArticle(first, language), !rest.isEmpty {
        correction[language] = PlainText.firstSentence(rest)
      }
    }
    self.premise = premise
    self.correction = correction
  }

  /// The caveats of `cards` in order, one per note, each card once.
  public static func caveats(of cards: [Card]) -> [FactCheckCaveat] {
    var seen: Set<String> = []
    return cards.filter { seen.insert($0.id).inserted }.flatMap { card in
      card.notes.map { FactCheckCaveat(card: CardReference(card), note: $0) }
    }
  }

  /// True for a sentence that tells what the article says rather than what was verified.
  static func reportsTheArticle(_ sentence: String, _ language: Language) -> Bool {
    switch language {
    case .en: sentence.hasPrefix("The article")
    case .uz: sentence.hasPrefix("Maqola")
    }
  }
}
