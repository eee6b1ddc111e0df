/// A marked note where a verified fact differs from, or cannot confirm, the article.
public struct FactNote: Sendable, Hashable {
  public var text: LocalizedText
  /// Where the verified fact comes from.
  public var source: String

  public init(text: LocalizedText, source: String) {
    self.text = text
    self.source = source
  }
}
