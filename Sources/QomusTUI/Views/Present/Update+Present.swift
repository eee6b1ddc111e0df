import QomusCore

extension AppState {
  /// Opens the tour list, the tour to offer first selected: the last one presented if it shows the current
  /// card, else the first that shows it, else the last one presented.
  mutating func pickTour() {
    let tours = catalog.tours
    guard !tours.isEmpty else {
      message = Strings.noTours
      return
    }
    let card = focusedCardID
    let shows = { (tour: Tour) in tour.stops.contains { $0.card == card } }
    let last = tours.firstIndex { $0.id == lastTourID }
    let index =
      last.flatMap { shows(tours[$0]) ? $0 : nil } ?? tours.firstIndex(where: shows) ?? last ?? 0
    modes.append(.tours(ListState(selected: index)))
  }

  /// Moving in the tour list; Enter presents the tour from the current card's stop (or the start).
  mutating func toursCommand(_ command: Command, list: ListState) {
    var list = list
    let count = catalog.tours.count
    switch command {
    case .moveUp: list.move(by: -1, count: count, visible: count)
    case .moveDown: list.move(by: 1, count: count, visible: count)
    case .top: list.select(0, count: count, visible: count)
    case .bottom: list.select(count - 1, count: count, visible: count)
    case .cancel:
      popMode()
      return
    case .open:
      guard catalog.tours.indices.contains(list.selected) else { return }
      let tour = catalog.tours[list.selected]
      let card = focusedCardID
      popMode()
      let start = catalog.stops(ofTour: tour.id).firstIndex { $0.card == card } ?? 0
      present(tour.id, at: start)
      return
    default: break
    }
    mode = .tours(list)
  }

  /// Shows tour `id` from slide `index`, in place of any view.
  public mutating func present(
    _ id: String, at index: Int = 0, quitsOnLeave: Bool = false, role: PresenterSync.Role = .projector
  ) {
    guard !catalog.stops(ofTour: id).isEmpty else {
      message = Strings.noTours
      return
    }
    lastTourID = id
    openView(
      .present(PresentState(tourID: id, index: index, quitsOnLeave: quitsOnLeave, role: role)))
  }

  /// The stop on show.
  func slideStop(_ present: PresentState) -> TourStop? {
    let stops = catalog.stops(ofTour: present.tourID)
    return stops.indices.contains(present.index) ? stops[present.index] : nil
  }

  /// Next and previous slide, the lecturer note, opening the card, leaving.
  mutating func presentCommand(_ command: Command, _ present: PresentState) {
    var present = present
    let count = catalog.stops(ofTour: present.tourID).count
    switch command {
    case .nextSlide:
      guard present.index + 1 < count else {
        message = Strings.lastSlide
        return
      }
      present.index += 1
    case .previousSlide:
      guard present.index > 0 else {
        message = Strings.firstSlide
        return
      }
      present.index -= 1
    case .top: present.index = 0
    case .bottom: present.index = max(0, count - 1)
    case .toggleLecturerNote:
      // The presenter's screen always shows the note.
      guard present.role == .projector else { return }
      present.showsNote.toggle()
      if present.showsNote, slideStop(present)?.note == nil { message = Strings.noLecturerNote }
    case .open:
      // The presenter's screen stays on the talk.
      guard present.role == .projector else { return }
      openFromView(slideStop(present)?.card)
      return
    case .explainLeaving:
      message = Strings.howToLeave
      return
    case .cancel:
      if present.quitsOnLeave {
        isRunning = false
      } else {
        popMode()
      }
      return
    default: return
    }
    mode = .present(present)
  }
}
