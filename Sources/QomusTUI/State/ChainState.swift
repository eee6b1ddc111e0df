import QomusCore

/// One proposal's chain on show, and the selected row.
public struct ChainState: Sendable, Hashable {
  public var proposalID: String
  /// The selected row and the first line on screen.
  public var list = ListState()

  public init(proposalID: String) {
    self.proposalID = proposalID
  }
}
