/// One cell of a `Screen`: a grapheme and its role. A wide grapheme fills its cell and marks the next one as a
/// continuation, which backends skip.
public struct Cell: Sendable, Hashable {
  /// The grapheme shown (a space for blank cells).
  public var character: Character
  /// How it is styled, by role (the theme maps roles to colours).
  public var role: StyleRole
  /// The right half of a wide character drawn in the cell before.
  public var isContinuation: Bool

  /// A cell showing `character` in `role`.
  public init(_ character: Character = " ", role: StyleRole = .normal, isContinuation: Bool = false) {
    self.character = character
    self.role = role
    self.isContinuation = isContinuation
  }

  /// A space in the normal role.
  public static let blank = Cell()
}
