import QomusCore

/// One proposal's chain on show, and the selected row.
public struct ChainState: Sendable, Hashable {
  /// The proposal whose chain is shown.
  public var proposalID: String
  /// The selected row and the first line on screen.
  public var list = ListState()
  /// The chain's lines and items, built by `refreshView`.
  var outline: OutlineModel?

  /// The chain of `proposalID`, its first row selected.
  public init(proposalID: String) {
    self.proposalID = proposalID
  }
}
