import QomusCore

/// A tour on show: which slide, and whether the lecturer note is visible.
public struct PresentState: Sendable, Hashable {
  /// The tour presented.
  public var tourID: String
  /// The 0-based slide; the tour's count is the end slide, after the last stop.
  public var index: Int
  /// The lecturer note is hidden until asked for.
  public var showsNote = false
  /// True when the presentation is the whole program (`qomus present`): leaving it quits.
  public var quitsOnLeave = false
  /// The projector's slides, or the presenter's screen (`qomus present --presenter`): the note, the next title,
  /// the clock.
  public var role: PresenterSync.Role = .projector
  /// True while the other screen of the pair is connected.
  public var isLinked = false
  /// Seconds since the presenter's screen first met its projector (nil before): the presenter's clock.
  public var elapsed: Int?
  /// The slide number typed so far (`12`, then Enter jumps to slide 12).
  public var typedNumber: Int?

  /// Tour `tourID` from slide `index`.
  public init(
    tourID: String, index: Int = 0, showsNote: Bool = false, quitsOnLeave: Bool = false,
    role: PresenterSync.Role = .projector
  ) {
    self.tourID = tourID
    self.index = index
    self.showsNote = showsNote
    self.quitsOnLeave = quitsOnLeave
    self.role = role
  }

  /// The 1-based slide, as the presenter link counts.
  public var position: Int { index + 1 }
}
