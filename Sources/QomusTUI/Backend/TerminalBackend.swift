/// What the event loop needs from a terminal: read input, paint a screen, restore the terminal. Only
/// `NcursesTerminal` talks to a real one; `HeadlessTerminal` does the same in memory.
public protocol TerminalBackend: AnyObject {
  /// The current size in cells.
  var size: Size { get }
  /// True when no more input will come (a headless script ran out).
  var isAtEnd: Bool { get }
  /// The file descriptor input arrives on, for the event loop to wait on; nil for a terminal in memory.
  var inputDescriptor: Int32? { get }
  /// The next event, waiting at most `timeout` milliseconds (0: only what is queued); nil if none came.
  func nextEvent(timeout: Int) -> InputEvent?
  /// Shows `screen`, sending only what changed.
  func draw(_ screen: Screen)
  /// Forgets what is on the terminal, so the next `draw` repaints everything.
  func invalidate()
  /// Gives the terminal back as it was. Safe to call more than once.
  func restore()
}
