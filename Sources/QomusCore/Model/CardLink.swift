/// A typed link from one card to another.
public struct CardLink: Sendable, Hashable, Codable {
  public var relation: LinkRelation
  public var target: String
  /// True when the link is Qomus's own inference, not a connection the article makes (`inferred: true` in the
  /// file); views mark it with `CardLink.inferenceLabel`.
  public var inferred: Bool
  /// The 1-based line of the link in its file, for diagnostics.
  public var line: Int

  public init(relation: LinkRelation, target: String, inferred: Bool = false, line: Int = 0) {
    self.relation = relation
    self.target = target
    self.inferred = inferred
    self.line = line
  }

  /// The mark shown beside an inferred link, on the card it starts from and as a backlink.
  public static let inferenceLabel = LocalizedText(uz: "Qomus xulosasi", en: "Qomus’s inference")
}

/// A link seen from its target: `source` links here with `relation`.
public struct Backlink: Sendable, Hashable {
  public var relation: LinkRelation
  public var source: String
  /// True when the link is Qomus's inference (see `CardLink.inferred`).
  public var inferred: Bool

  public init(relation: LinkRelation, source: String, inferred: Bool = false) {
    self.relation = relation
    self.source = source
    self.inferred = inferred
  }
}
