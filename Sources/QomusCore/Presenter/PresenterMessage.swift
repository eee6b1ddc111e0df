/// What the presenter's screen and the projector tell each other, one line of ASCII each: `hello 3` (I am on slide
/// 3, sent on connecting; `hello 3 new` from a side that has just started and not moved yet), `goto 4`, `next`,
/// `prev`. Slides are numbered from 1; the end slide is the tour's count + 1.
public enum PresenterMessage: Sendable, Hashable {
  /// The sender has just connected and shows slide `position`; `isFresh` when it has only just started (so it
  /// follows the other side rather than lead it).
  case hello(position: Int, isFresh: Bool = false)
  /// Show slide `slide`.
  case goto(slide: Int)
  case next
  case prev

  /// The message as one line, without its line break.
  public var line: String {
    switch self {
    case .hello(let position, let isFresh): "hello \(position)" + (isFresh ? " new" : "")
    case .goto(let slide): "goto \(slide)"
    case .next: "next"
    case .prev: "prev"
    }
  }

  /// The message a line holds (without its line break); nil for anything else, which a peer ignores.
  public init?(line: String) {
    let words = line.split(separator: " ", omittingEmptySubsequences: true)
    switch (words.first, words.count) {
    case ("next", 1): self = .next
    case ("prev", 1): self = .prev
    case ("hello", 2), ("hello", 3):
      guard let position = Int(words[1]), position >= 1 else { return nil }
      guard words.count == 2 || words[2] == "new" else { return nil }
      self = .hello(position: position, isFresh: words.count == 3)
    case ("goto", 2):
      guard let slide = Int(words[1]), slide >= 1 else { return nil }
      self = .goto(slide: slide)
    default: return nil
    }
  }
}
