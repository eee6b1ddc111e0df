/// One card as a projector slide, in one language: a title, a kicker line, the summary and 3–5 key points. The
/// present mode lays it out as it stands; the lecturer note is shown only on request.
public struct Slide: Sendable, Hashable {
  /// The card on the slide, to open it.
  public var card: CardReference
  public var language: Language
  public var title: String
  /// Kind and jurisdiction (and status), e.g. “act · Uzbekistan · replaced”.
  public var kicker: String
  public var summary: String
  /// Three to five short points drawn from the card (fewer only when the card holds fewer).
  public var keyPoints: [String]
  /// The lecturer's note for this stop, if any.
  public var note: String?
  /// 1-based position in the tour.
  public var position: Int
  public var count: Int

  public init(
    card: CardReference, language: Language, title: String, kicker: String, summary: String,
    keyPoints: [String],
    note: String?, position: Int, count: Int
  ) {
    self.card = card
    self.language = language
    self.title = title
    self.kicker = kicker
    self.summary = summary
    self.keyPoints = keyPoints
    self.note = note
    self.position = position
    self.count = count
  }

  /// “3/10”.
  public var progress: String { "\(position)/\(count)" }
}
