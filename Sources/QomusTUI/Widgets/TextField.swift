/// A one-line text input with a cursor (search box, list filter, and later note editing).
public struct TextField: Sendable, Hashable {
  /// The text, as characters.
  public private(set) var characters: [Character] = []
  /// The cursor, between characters: 0…count.
  public private(set) var cursor = 0

  /// A field holding `text`, the cursor at its end.
  public init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  /// The text typed.
  public var text: String { String(characters) }
  /// True when nothing is typed.
  public var isEmpty: Bool { characters.isEmpty }

  /// Applies an editing command; returns false for commands that are not edits.
  @discardableResult
  public mutating func apply(_ command: Command) -> Bool {
    switch command {
    case .insert(let character):
      characters.insert(character, at: cursor)
      cursor += 1
    case .deleteBackward:
      guard cursor > 0 else { return true }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .deleteForward:
      guard cursor < characters.count else { return true }
      characters.remove(at: cursor)
    case .deleteWord:
      var start = cursor
      while start > 0, characters[start - 1] == " " { start -= 1 }
      while start > 0, characters[start - 1] != " " { start -= 1 }
      characters.removeSubrange(start..<cursor)
      cursor = start
    case .clearInput:
      characters.removeAll()
      cursor = 0
    case .cursorLeft: cursor = max(0, cursor - 1)
    case .cursorRight: cursor = min(characters.count, cursor + 1)
    case .cursorStart: cursor = 0
    case .cursorEnd: cursor = characters.count
    default: return false
    }
    return true
  }
}
