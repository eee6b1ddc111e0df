/// A typed link from one card to another.
public struct CardLink: Sendable, Hashable, Codable {
  public var relation: LinkRelation
  public var target: String
  /// The 1-based line of the link in its file, for diagnostics.
  public var line: Int

  public init(relation: LinkRelation, target: String, line: Int = 0) {
    self.relation = relation
    self.target = target
    self.line = line
  }
}

/// A link seen from its target: `source` links here with `relation`.
public struct Backlink: Sendable, Hashable {
  public var relation: LinkRelation
  public var source: String

  public init(relation: LinkRelation, source: String) {
    self.relation = relation
    self.source = source
  }
}
