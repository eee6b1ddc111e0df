/// A tour on show: which slide, and whether the lecturer note is visible.
public struct PresentState: Sendable, Hashable {
  /// The tour presented.
  public var tourID: String
  /// The 0-based slide.
  public var index: Int
  /// The lecturer note is hidden until asked for.
  public var showsNote = false
  /// True when the presentation is the whole program (`qomus present`): leaving it quits.
  public var quitsOnLeave = false

  /// Tour `tourID` from slide `index`.
  public init(tourID: String, index: Int = 0, showsNote: Bool = false, quitsOnLeave: Bool = false) {
    self.tourID = tourID
    self.index = index
    self.showsNote = showsNote
    self.quitsOnLeave = quitsOnLeave
  }
}
