import Foundation
import QomusCore

/// The search box and its results. Results arrive through `Action.searchCompleted` for the query they answer.
public struct SearchState: Sendable, Hashable {
  /// The search box.
  public var field = TextField()
  /// The results for `answeredQuery`.
  public var hits: [SearchHit] = []
  /// The query `hits` answer.
  public var answeredQuery = ""
  /// The selected result and the scroll (three rows per result).
  public var list = ListState()

  /// An empty search box.
  public init() {}

  /// The query typed, trimmed.
  public var query: String { field.text.trimmingCharacters(in: .whitespaces) }
  /// The result selected, if any.
  public var selectedHit: SearchHit? {
    hits.indices.contains(list.selected) ? hits[list.selected] : nil
  }
}
