import CNcurses
import CSignals
import Foundation

/// The real terminal, through ncursesw. The only type that calls ncurses: it reads keys and mouse events,
/// paints a `Screen` with the theme's colours, and restores the terminal on every way out.
public final class NcursesTerminal: TerminalBackend {
  /// Why the terminal could not be opened.
  public enum Failure: Error, CustomStringConvertible {
    case cannotOpen(term: String)

    public var description: String {
      switch self {
      case .cannotOpen(let term): "cannot open the terminal (TERM=\(term.isEmpty ? "unset" : term))"
      }
    }
  }

  private let screenPointer: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  private var isOpen = true
  /// Attributes and colour pair per style role.
  private var looks: [(attributes: attr_t, pair: Int32)] = []

  /// The last frame painted, to repaint only the rows that changed; nil after `invalidate`.
  private var painted: Screen?

  /// Opens the terminal in full-screen mode with `theme` (monochrome when the terminal has no colours); the
  /// hardware cursor is shown when `showsCursor` (accessible mode), else hidden where the terminal can hide it.
  public init(theme: Theme, mouse: Bool = true, showsCursor: Bool = false) throws {
    setlocale(LC_ALL, "")
    if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_ALL, "C.UTF-8") }
    qomus_save_terminal_modes()
    guard let screen = newterm(nil, cn_stdout(), cn_stdin()), let window = cn_stdscr() else {
      throw Failure.cannotOpen(term: ProcessInfo.processInfo.environment["TERM"] ?? "")
    }
    screenPointer = screen
    self.window = window
    Self.register()
    cbreak()
    noecho()
    nonl()
    keypad(window, true)
    // How long an Esc waits for the rest of a sequence before it counts as the Esc key; ESCDELAY overrides.
    if ProcessInfo.processInfo.environment["ESCDELAY"] == nil { set_escdelay(Self.escapeDelay) }
    Self.disableFlowControl()
    curs_set(showsCursor ? 1 : 0)
    if mouse {
      mouseinterval(0)
      mousemask(cn_button1_pressed() | cn_wheel_up() | cn_wheel_down(), nil)
    }
    setUpColors(has_colors() ? theme : Theme(.mono))
    // After ncurses has set up its own SIGWINCH handler, which ours passes the signal on to.
    qomus_install_signal_handlers()
    fflush(cn_stdout())
    qomus_write_stdout(Self.bracketedPasteOn)
  }

  /// Milliseconds an Esc waits for the next byte of a sequence.
  static let escapeDelay: Int32 = 50
  /// How long a byte of a sequence already begun may take to arrive.
  static let sequenceGap: Int32 = 25
  private static let bracketedPasteOn = "\u{1B}[?2004h"
  private static let bracketedPasteOff = "\u{1B}[?2004l"

  deinit { restore() }

  public var size: Size { Size(width: Int(getmaxx(window)), height: Int(getmaxy(window))) }
  public var isAtEnd: Bool { false }
  public var inputDescriptor: Int32? { STDIN_FILENO }

  /// What `get_wch` returned: a character, or a key ncurses recognised from terminfo.
  private enum Unit {
    case character(UInt32)
    case function(Int32)
  }

  /// A unit read while decoding a sequence that turned out to belong to the next event.
  private var heldBack: Unit?

  public func nextEvent(timeout: Int) -> InputEvent? {
    var wait = Int32(timeout)
    // Input that decodes to nothing (an unknown sequence, a key we do not use) is skipped, not returned as
    // "no event": the loop reads until the queue is empty, so nothing is left unread behind ncurses' buffer.
    while let unit = read(timeout: wait) {
      wait = 0
      switch unit {
      case .function(let code):
        if let event = functionKey(code) { return event }
      case .character(27):
        if let event = EscapeSequence.decode(next: nextSequenceCharacter) { return event }
      case .character(let code):
        if let key = Self.key(forCharacter: code) { return .key(key) }
      }
    }
    return nil
  }

  private func read(timeout: Int32) -> Unit? {
    if let unit = heldBack {
      heldBack = nil
      return unit
    }
    wtimeout(window, timeout)
    var character: wint_t = 0
    let result = wget_wch(window, &character)
    if result == KEY_CODE_YES { return .function(Int32(character)) }
    if result == OK { return .character(UInt32(character)) }
    return nil
  }

  /// The next character of an escape sequence, if it comes within `sequenceGap`; a recognised key is held
  /// back for the next event.
  private func nextSequenceCharacter() -> UInt32? {
    switch read(timeout: Self.sequenceGap) {
    case .character(let code): return code
    case .function(let code):
      heldBack = .function(code)
      return nil
    case nil: return nil
    }
  }

  /// Paints the rows that changed since the last frame (ncurses then sends only the cells that differ) and
  /// leaves the hardware cursor on the frame's focus — at the start of the status line when nothing has it — so a
  /// screen reader or braille display follows it, and a terminal that cannot hide its cursor shows it there.
  public func draw(_ screen: Screen) {
    guard isOpen, screen.size == size else { return }
    var buffer: [wchar_t] = []
    buffer.reserveCapacity(screen.size.width * 2)
    for y in screen.changedRows(since: painted) {
      var x = 0
      while x < screen.size.width {
        let role = screen[x, y].role
        let start = x
        buffer.removeAll(keepingCapacity: true)
        while x < screen.size.width, screen[x, y].role == role {
          let cell = screen[x, y]
          if !cell.isContinuation {
            for scalar in cell.character.unicodeScalars {
              buffer.append(wchar_t(bitPattern: scalar.value))
            }
          }
          x += 1
        }
        let look = looks[Int(role.rawValue)]
        _ = cn_put(
          window, Int32(y), Int32(start), buffer, Int32(buffer.count), look.attributes, look.pair)
      }
    }
    painted = screen
    let cursor = screen.cursor ?? Point(x: 0, y: max(0, screen.size.height - 1))
    wmove(window, Int32(cursor.y), Int32(cursor.x))
    wnoutrefresh(window)
    doupdate()
  }

  public func invalidate() {
    painted = nil
    clearok(cn_curscr(), true)
  }

  public func restore() {
    guard isOpen else { return }
    isOpen = false
    mousemask(0, nil)
    curs_set(1)
    fflush(cn_stdout())
    qomus_write_stdout(Self.bracketedPasteOff)
    endwin()
    delscreen(screenPointer)
    Self.unregister()
  }

  /// Dies by `signal` with its default action, after the terminal was restored.
  public static func reraise(_ signal: Int32) {
    qomus_reraise(signal)
  }

  /// Lets Ctrl-S and Ctrl-Q reach the explorer (Ctrl-S saves a note) instead of pausing the output. The modes
  /// before this are restored on every way out.
  private static func disableFlowControl() {
    var modes = termios()
    guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
    modes.c_iflag &= ~tcflag_t(IXON)
    tcsetattr(STDIN_FILENO, TCSANOW, &modes)
    def_prog_mode()
  }

  // MARK: Input

  /// The key for a character code from `get_wch`.
  static func key(forCharacter code: UInt32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
    case 0x20..<0x7F, 0xA0...: return Unicode.Scalar(code).map { .character(Character($0)) }
    default: return nil
    }
  }

  private func functionKey(_ code: Int32) -> InputEvent? {
    switch code {
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_HOME: return .key(.home)
    case KEY_END: return .key(.end)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_ENTER: return .key(.enter)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_DC: return .key(.delete)
    case KEY_BTAB: return .key(.backTab)
    case KEY_RESIZE: return .resize(size)
    case KEY_MOUSE:
      var event = MEVENT()
      guard getmouse(&event) == OK else { return nil }
      let x = Int(event.x)
      let y = Int(event.y)
      if event.bstate & cn_wheel_up() != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
      if event.bstate & cn_wheel_down() != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
      if event.bstate & (cn_button1_pressed() | cn_button1_clicked()) != 0 {
        return .mouse(MouseEvent(.press, x: x, y: y))
      }
      return nil
    default: return nil
    }
  }

  // MARK: Colours

  private func setUpColors(_ theme: Theme) {
    let useColor = has_colors() && theme.name != .mono
    if useColor {
      start_color()
      use_default_colors()
    }
    // COLORS is known only once start_color() has run.
    let colors = Int(cn_colors())
    var pairs: [TextStyle: Int32] = [:]
    looks = StyleRole.allCases.map { role in
      let style = theme.style(role)
      var attributes: attr_t = 0
      if style.attributes.contains(.bold) { attributes |= cn_a_bold() }
      if style.attributes.contains(.dim) { attributes |= cn_a_dim() }
      if style.attributes.contains(.italic) { attributes |= cn_a_italic() }
      if style.attributes.contains(.underline) { attributes |= cn_a_underline() }
      if style.attributes.contains(.reverse) { attributes |= cn_a_reverse() }
      var foreground = style.foreground
      if foreground == .gray, colors < 16 {
        // Bright black is black on 8 colours: use the default colour, dimmed.
        foreground = .default
        attributes |= cn_a_dim()
      }
      guard useColor, foreground != .default || style.background != .default else {
        return (attributes, 0)
      }
      let key = TextStyle(foreground, on: style.background)
      if let pair = pairs[key] { return (attributes, pair) }
      let pair = Int32(pairs.count + 1)
      guard pair < cn_color_pairs() else { return (attributes, 0) }
      init_pair(
        Int16(pair), foreground.index(forColors: colors), style.background.index(forColors: colors))
      pairs[key] = pair
      return (attributes, pair)
    }
  }

  // MARK: Last resort

  /// Whether a terminal is open, for the `atexit` handler.
  nonisolated(unsafe) private static var openCount = 0
  nonisolated(unsafe) private static var exitHandlerInstalled = false

  private static func register() {
    if !exitHandlerInstalled {
      exitHandlerInstalled = true
      atexit {
        if NcursesTerminal.openCount > 0, !isendwin() { endwin() }
      }
    }
    openCount += 1
  }

  private static func unregister() { openCount = max(0, openCount - 1) }
}
