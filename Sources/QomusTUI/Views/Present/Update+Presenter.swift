import QomusCore

/// The presentation as the presenter link sees it: where it is, and what the other screen tells it.
extension AppState {
  /// Where the presentation sits on the mode stack (under any overlay).
  private var presentModeIndex: Int? {
    modes.lastIndex { mode in
      if case .present = mode { true } else { false }
    }
  }

  /// The presentation on the mode stack, if any.
  public var presentation: PresentState? {
    guard let index = presentModeIndex, case .present(let present) = modes[index] else { return nil }
    return present
  }

  /// True while the presenter's screen is on show (its clock then ticks).
  public var showsPresenterScreen: Bool { presentation?.role == .presenter }

  /// Takes in what the link says: the other screen came or went, moved, or the clock ticked.
  mutating func receivePresenter(_ update: PresenterUpdate) {
    guard let index = presentModeIndex, case .present(var present) = modes[index] else { return }
    switch update {
    case .linked(let isLinked):
      present.isLinked = isLinked
      if isLinked, present.role == .presenter, present.elapsed == nil { present.elapsed = 0 }
    case .show(let position):
      let count = catalog.stops(ofTour: present.tourID).count
      present.index = min(max(0, position - 1), count)
    case .clock(let seconds):
      present.elapsed = seconds
    }
    modes[index] = .present(present)
  }
}
