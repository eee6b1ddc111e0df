/// A terminal colour: one of the 16 ANSI colours, or the terminal's own default. On an 8-colour terminal the bright
/// variants fall back to their base colour.
public struct TerminalColor: Sendable, Hashable {
  /// -1 for the default, 0–15 for the ANSI colours.
  public let index: Int16

  /// The terminal’s own colour.
  public static let `default` = TerminalColor(index: -1)
  /// ANSI black.
  public static let black = TerminalColor(index: 0)
  /// ANSI red.
  public static let red = TerminalColor(index: 1)
  /// ANSI green.
  public static let green = TerminalColor(index: 2)
  /// ANSI yellow.
  public static let yellow = TerminalColor(index: 3)
  /// ANSI blue.
  public static let blue = TerminalColor(index: 4)
  /// ANSI magenta.
  public static let magenta = TerminalColor(index: 5)
  /// ANSI cyan.
  public static let cyan = TerminalColor(index: 6)
  /// ANSI white.
  public static let white = TerminalColor(index: 7)
  /// ANSI bright black (grey).
  public static let gray = TerminalColor(index: 8)
  /// ANSI bright yellow.
  public static let brightYellow = TerminalColor(index: 11)
  /// ANSI bright blue.
  public static let brightBlue = TerminalColor(index: 12)
  /// ANSI bright cyan.
  public static let brightCyan = TerminalColor(index: 14)
  /// ANSI bright white.
  public static let brightWhite = TerminalColor(index: 15)

  /// The index to use on a terminal with `colors` colours.
  public func index(forColors colors: Int) -> Int16 {
    index >= 8 && colors < 16 ? index - 8 : index
  }
}

/// How a role looks: foreground, background and attributes.
public struct TextStyle: Sendable, Hashable {
  /// Text attributes, combinable.
  public struct Attributes: OptionSet, Sendable, Hashable {
    /// The attribute bits.
    public let rawValue: UInt8
    /// Attributes from their bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold.
    public static let bold = Attributes(rawValue: 1)
    /// Dim.
    public static let dim = Attributes(rawValue: 2)
    /// Italic.
    public static let italic = Attributes(rawValue: 4)
    /// Underlined.
    public static let underline = Attributes(rawValue: 8)
    /// Reversed colours.
    public static let reverse = Attributes(rawValue: 16)
  }

  /// The text colour.
  public var foreground: TerminalColor
  /// The cell colour.
  public var background: TerminalColor
  /// Bold, dim, italic and the like.
  public var attributes: Attributes

  /// A style of colours and attributes.
  public init(
    _ foreground: TerminalColor = .default, on background: TerminalColor = .default,
    _ attributes: Attributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }
}
