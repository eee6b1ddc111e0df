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

  /// Next and previous slide (Space on the last goes to the end slide), a number then Enter, first and last, the
  /// lecturer note, opening the card, leaving.
  mutating func presentCommand(_ command: Command, _ present: PresentState) {
    var present = present
    let count = catalog.stops(ofTour: present.tourID).count
    // A number being typed takes Enter (jump), Backspace (a digit back) and Esc (forget it); any other key
    // forgets it and does what it does.
    if let typed = present.typedNumber, !command.isSlideDigit {
      present.typedNumber = nil
      switch command {
      case .open:
        jump(to: typed, in: &present, count: count)
        mode = .present(present)
        return
      case .previousSlide, .explainLeaving:
        present.typedNumber = command == .previousSlide && typed >= 10 ? typed / 10 : nil
        mode = .present(present)
        return
      default: break
      }
    }
    switch command {
    case .slideDigit(let digit):
      let typed = (present.typedNumber ?? 0) * 10 + digit
      // More digits than any tour has slides are not taken.
      present.typedNumber = typed > 999 ? present.typedNumber : typed
    case .nextSlide:
      guard present.index < count else {
        message = Strings.tourOver
        return
      }
      present.index += 1
    case .previousSlide:
      guard present.index > 0 else {
        message = Strings.firstSlide
        return
      }
      present.index = min(present.index, count) - 1
    case .top: present.index = 0
    case .bottom: present.index = max(0, count - 1)
    case .toggleLecturerNote:
      // The presenter's screen always shows the note.
      guard present.role == .projector else { return }
      present.showsNote.toggle()
      if present.showsNote, slideStop(present)?.note == nil { message = Strings.noLecturerNote }
    case .open:
      // The presenter's screen stays on the talk; the end slide has no card.
      guard present.role == .projector, present.index < count else { return }
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

  /// Goes to slide `number` (1-based; one past the last is the end slide), or says which there are.
  private mutating func jump(to number: Int, in present: inout PresentState, count: Int) {
    guard (1...count + 1).contains(number) else {
      message = Strings.noSuchSlide(number, count: count)
      return
    }
    present.index = number - 1
  }
}

extension Command {
  /// True for a digit of a slide number.
  fileprivate var isSlideDigit: Bool {
    if case .slideDigit = self { true } else { false }
  }
}
