/// A terminal in memory: input from a script, output kept as the last `Screen`. For tests, screenshots and the
/// benchmark.
public final class HeadlessTerminal: TerminalBackend {
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

  public func draw(_ screen: Screen) {
    self.screen = screen
    frames += 1
  }

  public func invalidate() {}
  public func restore() {}
}
