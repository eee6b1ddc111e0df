import Foundation
import QomusCore

/// The search box and its results. Results arrive through `Action.searchCompleted` for the query they answer.
public struct SearchState: Sendable, Hashable {
  public var field = TextField()
  public var hits: [SearchHit] = []
  /// The query `hits` answer.
  public var answeredQuery = ""
  public var list = ListState()

  public init() {}

  public var query: String { field.text.trimmingCharacters(in: .whitespaces) }
  public var selectedHit: SearchHit? {
    hits.indices.contains(list.selected) ? hits[list.selected] : nil
  }
}
