/// What the presenter link and its clock tell a presentation (`Action.presenter`).
public enum PresenterUpdate: Sendable, Hashable {
  /// The other screen of the pair connected (true) or went away (false).
  case linked(Bool)
  /// The other screen moved to slide `position` (1-based): show it too.
  case show(position: Int)
  /// The presenter's clock: `seconds` since the pair first met.
  case clock(seconds: Int)
}
