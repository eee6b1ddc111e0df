/// A terminal in memory: input from a script, output kept as the last `Screen`. For tests, screenshots and the
/// benchmark.
public final class HeadlessTerminal: TerminalBackend {
  /// The terminal size; a `.resize` event changes it.
  public private(set) var size: Size
  /// The last screen drawn.
  public private(set) var screen: Screen
  /// How many frames were drawn.
  public private(set) var frames = 0
  private var events: [InputEvent]

  public init(size: Size, events: [InputEvent] = []) {
    self.size = size
    screen = Screen(size: size)
    self.events = events
  }

  /// True once every scripted event was read.
  public var isAtEnd: Bool { events.isEmpty }
  public var inputDescriptor: Int32? { nil }

  /// Queues more input.
  public func send(_ more: InputEvent...) { events += more }

  public func nextEvent(timeout: Int) -> InputEvent? {
    guard !events.isEmpty else { return nil }
    let event = events.removeFirst()
    if case .resize(let newSize) = event { size = newSize }
    return event
  }

  /// Keeps `screen` as the last frame drawn.
  public func draw(_ screen: Screen) {
    self.screen = screen
    frames += 1
  }

  /// Nothing to repaint in memory.
  public func invalidate() {}
  /// Nothing to restore in memory.
  public func restore() {}
}
