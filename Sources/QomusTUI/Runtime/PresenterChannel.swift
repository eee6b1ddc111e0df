import Foundation
import QomusCore

/// The explorer's end of the link between the presenter's screen and the projector: it tells the other screen
/// when the presentation moves, brings the other screen's moves back as `Action.presenter`, and keeps the
/// presenter's clock. The event loop waits on its `descriptors` with the terminal, so nothing polls.
final class PresenterChannel {
  /// The tour the link is for: only a presentation of it is kept in step.
  let tourID: String
  let role: PresenterSync.Role
  private let link: PresenterLink
  private var sync: PresenterSync
  private let now: () -> ContinuousClock.Instant
  /// When the pair first met: the clock counts from there.
  private var metAt: ContinuousClock.Instant?
  private var shownSeconds: Int?

  init(
    tourID: String, role: PresenterSync.Role, link: PresenterLink, position: Int?,
    now: @escaping () -> ContinuousClock.Instant = { ContinuousClock.now }
  ) {
    self.tourID = tourID
    self.role = role
    self.link = link
    self.now = now
    sync = PresenterSync(role: role, position: position)
  }

  /// The channel for `qomus present TOUR [--presenter]` (which starts on the first slide), through the tour's
  /// socket. The projector does without one it cannot make (a presenter started for it will say why); the
  /// presenter's screen cannot.
  static func open(tour: String, role: PresenterSync.Role) throws -> PresenterChannel? {
    do {
      let link = try PresenterLink(url: PresenterSocketPath.url(tour: tour))
      return PresenterChannel(tourID: tour, role: role, link: link, position: 1)
    } catch {
      if role == .presenter { throw error }
      return nil
    }
  }

  /// The sockets the loop waits on.
  var descriptors: [Int32] { link.descriptors }

  /// How long the loop may sleep, in milliseconds: until the presenter's clock next turns while it shows, a
  /// tenth of a second while the link holds no socket (both screens raced for it), else until something happens.
  func timeout(showsClock: Bool) -> Int32 {
    if link.descriptors.isEmpty { return 100 }
    guard showsClock, let metAt else { return -1 }
    let elapsed = now() - metAt
    let milliseconds = Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
    return Int32(1000 - milliseconds % 1000)
  }

  /// Connects or listens when need be and takes in what the other screen sent; true when the frame changed.
  @discardableResult
  func exchange(_ driver: inout ExplorerDriver) -> Bool {
    var changed = false
    // A link left without a socket (the side it had connected to went away) connects or listens again at once.
    for _ in 0..<2 {
      let events = (try? link.poll(timeout: 0)) ?? []
      for event in events {
        handle(event, driver: &driver)
        changed = true
      }
      if !link.descriptors.isEmpty { break }
    }
    return changed
  }

  /// Tells the other screen when the presentation moved (after input).
  func reportMoves(_ state: AppState) {
    if let message = sync.moved(to: Self.position(in: state, tour: tourID)) { link.send(message) }
  }

  /// Turns the presenter's clock; true when the second shown changed.
  @discardableResult
  func tick(_ driver: inout ExplorerDriver) -> Bool {
    if link.descriptors.isEmpty { exchange(&driver) }
    guard role == .presenter, let metAt else { return false }
    let seconds = Int((now() - metAt).components.seconds)
    guard seconds != shownSeconds else { return false }
    shownSeconds = seconds
    driver.send(.presenter(.clock(seconds: seconds)))
    return true
  }

  private func handle(_ event: PresenterLink.Event, driver: inout ExplorerDriver) {
    let position = Self.position(in: driver.state, tour: tourID)
    switch event {
    case .connected:
      if let hello = sync.connected(position: position) { link.send(hello) }
      if metAt == nil {
        metAt = now()
        shownSeconds = 0
      }
      driver.send(.presenter(.linked(true)))
    case .message(let message):
      guard let target = sync.received(message, position: position) else { return }
      driver.send(.presenter(.show(position: target)))
      // A slide the tour does not have lands on its last: say so to the other screen.
      reportMoves(driver.state)
    case .disconnected:
      driver.send(.presenter(.linked(false)))
    }
  }

  /// The 1-based slide of `tour` on show, if that tour is presented.
  static func position(in state: AppState, tour: String) -> Int? {
    guard let present = state.presentation, present.tourID == tour else { return nil }
    return present.position
  }
}
