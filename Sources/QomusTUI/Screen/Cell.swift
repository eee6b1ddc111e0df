/// One cell of a `Screen`: a grapheme and its role. A wide grapheme fills its cell and marks the next one as a
/// continuation, which backends skip.
public struct Cell: Sendable, Hashable {
  public var character: Character
  public var role: StyleRole
  public var isContinuation: Bool

  public init(_ character: Character = " ", role: StyleRole = .normal, isContinuation: Bool = false) {
    self.character = character
    self.role = role
    self.isContinuation = isContinuation
  }

  public static let blank = Cell()
}
