/// A key press, independent of the terminal library.
public enum Key: Hashable, Sendable {
  /// A printable character.
  case character(Character)
  /// Ctrl with a letter, lowercase: `.control("d")`.
  case control(Character)
  /// Alt (Meta) with a printable character: Esc followed by it. Bound to nothing, so it is never Esc.
  case alt(Character)
  case up, down, left, right, home, end, pageUp, pageDown
  case enter, escape, backspace, delete, tab, backTab

  /// How the key is written in the help overlay and the status bar.
  public var label: String {
    switch self {
    case .character(" "): "Space"
    case .character(let character): String(character)
    case .control(let letter): "Ctrl-\(letter)"
    case .alt(let character): "Alt-\(character)"
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .home: "Home"
    case .end: "End"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .enter: "Enter"
    case .escape: "Esc"
    case .backspace: "Backspace"
    case .delete: "Del"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    }
  }
}
