/// One fact a question rests on: the card it was read from, the field, and the value found there.
public struct QuizEvidence: Sendable, Hashable {
  /// The card field a fact was read from.
  public enum Field: Sendable, Hashable, CustomStringConvertible {
    case title, summary, adopted, jurisdiction
    /// A link of this relation; the evidence's value is the target id.
    case link(LinkRelation)

    public var description: String {
      switch self {
      case .title: "title"
      case .summary: "summary"
      case .adopted: "adopted"
      case .jurisdiction: "jurisdiction"
      case .link(let relation): "links.\(relation.rawValue)"
      }
    }
  }

  public var cardID: String
  public var field: Field
  /// The value read: the date for `adopted`, the code for `jurisdiction`, the target id for a link; nil for a text
  /// (title, summary) that the question quotes verbatim.
  public var value: String?

  public init(cardID: String, field: Field, value: String? = nil) {
    self.cardID = cardID
    self.field = field
    self.value = value
  }
}
