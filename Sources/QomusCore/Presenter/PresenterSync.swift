/// Keeps the presenter's screen and the projector on the same slide: what to tell the other side when this one
/// connects or moves, and which slide to show when the other side speaks. Pure; the runtime carries the messages
/// over a `PresenterLink`.
///
/// Who follows whom when the two meet: a side that has just started (not moved, never met the other) follows one
/// that has been running, so either can be restarted mid-talk; when both are alike, the presenter's screen follows
/// the projector, whose slide the audience sees.
public struct PresenterSync: Sendable, Hashable {
  /// Which screen this side is.
  public enum Role: Sendable, Hashable {
    case projector
    case presenter
  }

  public let role: Role
  /// True until this side moves or meets the other.
  public private(set) var isFresh = true
  /// What this side's last `hello` said about it.
  private var wasFreshWhenConnected = true
  /// The slide last sent or received: only a move to another is news for the other side.
  private var known: Int?

  /// A side that starts on slide `position` (1-based; nil when it shows no slide).
  public init(role: Role, position: Int?) {
    self.role = role
    known = position
  }

  /// The other side has just connected while this one shows `position`: the `hello` to send it.
  public mutating func connected(position: Int?) -> PresenterMessage? {
    wasFreshWhenConnected = isFresh
    isFresh = false
    known = position
    return position.map { .hello(position: $0, isFresh: wasFreshWhenConnected) }
  }

  /// A message from the other side while this one shows `position`: the slide to show now, nil to stay.
  public mutating func received(_ message: PresenterMessage, position: Int?) -> Int? {
    let target: Int?
    switch message {
    case .hello(let theirs, let theyAreFresh):
      let follows =
        wasFreshWhenConnected != theyAreFresh ? wasFreshWhenConnected : role == .presenter
      target = follows ? theirs : nil
    case .goto(let slide): target = slide
    case .next: target = position.map { $0 + 1 }
    case .prev: target = position.map { max(1, $0 - 1) }
    }
    if let target { known = target }
    return target
  }

  /// This side now shows `position` (nil: no slide): the message that tells the other side, when it moved.
  public mutating func moved(to position: Int?) -> PresenterMessage? {
    guard let position, position != known else { return nil }
    known = position
    isFresh = false
    return .goto(slide: position)
  }
}
