/// Where a card's content comes from.
public enum CardSource: Sendable, Hashable {
  /// A section of the source article.
  case section(String)
  /// An official page, with an optional label.
  case url(String, label: String?)

  /// The source as one line of text.
  public var text: String {
    switch self {
    case .section(let section): "Article: \(section)"
    case .url(let url, let label): label.map { "\($0): \(url)" } ?? url
    }
  }
}
