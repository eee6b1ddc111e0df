import QomusCore

/// What a view's own `update` asks of the root, for what it cannot do inside its state.
enum ViewEffect: Sendable, Hashable {
  /// Leave the views and open the card (nil: there is none here, which the root says).
  case open(String?)
  /// Close the view (Esc).
  case close
  /// The overview was sorted by a new order; keep `keeping` selected.
  case sorted(ProposalOverview.Order, keeping: String?)
}
