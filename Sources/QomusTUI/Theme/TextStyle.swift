/// A terminal colour: one of the 16 ANSI colours, or the terminal's own default. On an 8-colour terminal the bright
/// variants fall back to their base colour.
public struct TerminalColor: Sendable, Hashable {
  /// -1 for the default, 0–15 for the ANSI colours.
  public let index: Int16

  public static let `default` = TerminalColor(index: -1)
  public static let black = TerminalColor(index: 0)
  public static let red = TerminalColor(index: 1)
  public static let green = TerminalColor(index: 2)
  public static let yellow = TerminalColor(index: 3)
  public static let blue = TerminalColor(index: 4)
  public static let magenta = TerminalColor(index: 5)
  public static let cyan = TerminalColor(index: 6)
  public static let white = TerminalColor(index: 7)
  public static let gray = TerminalColor(index: 8)
  public static let brightYellow = TerminalColor(index: 11)
  public static let brightBlue = TerminalColor(index: 12)
  public static let brightCyan = TerminalColor(index: 14)
  public static let brightWhite = TerminalColor(index: 15)

  /// The index to use on a terminal with `colors` colours.
  public func index(forColors colors: Int) -> Int16 {
    index >= 8 && colors < 16 ? index - 8 : index
  }
}

/// How a role looks: foreground, background and attributes.
public struct TextStyle: Sendable, Hashable {
  public struct Attributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1)
    public static let dim = Attributes(rawValue: 2)
    public static let italic = Attributes(rawValue: 4)
    public static let underline = Attributes(rawValue: 8)
    public static let reverse = Attributes(rawValue: 16)
  }

  public var foreground: TerminalColor
  public var background: TerminalColor
  public var attributes: Attributes

  public init(
    _ foreground: TerminalColor = .default, on background: TerminalColor = .default,
    _ attributes: Attributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }
}
