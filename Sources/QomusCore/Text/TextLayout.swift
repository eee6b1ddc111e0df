/// Measuring, wrapping and truncating text for a terminal: the one place where text meets columns.
///
/// Widths follow `wcwidth`: combining and format characters take no column, East Asian wide and fullwidth characters
/// and emoji with emoji presentation take two, everything else one. Every function first runs the text through
/// ``clean(_:)``, so no control character from content ever reaches the terminal raw.
public enum TextLayout {
  /// A run of text with one style, for wrapping styled text.
  public struct Run<Style: Hashable>: Hashable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style) {
      self.text = text
      self.style = style
    }
  }

  // MARK: Width

  /// The columns one Unicode scalar takes: 0, 1 or 2.
  public static func width(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F { return value < 0x20 ? 0 : 1 }
    if value < 0xA0 { return 0 }
    if value == 0xAD || (0x1160...0x11FF).contains(value) || (0x200B...0x200F).contains(value) {
      return 0
    }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// The columns one grapheme takes: the width of its base, or 2 for an emoji presentation sequence (base + U+FE0F).
  public static func width(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    let base = width(of: first)
    if base == 1, scalars.count > 1, scalars.contains("\u{FE0F}"), first.properties.isEmoji {
      return 2
    }
    return base
  }

  /// The columns `text` takes on one line.
  public static func width(of text: some StringProtocol) -> Int {
    var total = 0
    for character in text {
      if character.isASCII, let scalar = character.unicodeScalars.first, scalar.value >= 0x20,
        scalar.value < 0x7F
      {
        total += 1
      } else {
        total += width(of: character)
      }
    }
    return total
  }

  /// East Asian Wide and Fullwidth ranges (CJK, Hangul, fullwidth forms) not covered by emoji presentation.
  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
      0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
      0xFE30...0xFE6F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF,
      0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      true
    default:
      false
    }
  }

  // MARK: Cleaning

  /// `text` safe for one line of a terminal: control characters become visible placeholders
  /// (``TerminalSanitizer``), tabs and newlines become spaces.
  public static func clean(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return text }
    var safe = TerminalSanitizer.sanitize(text, keepNewlines: true, keepTabs: true)
    if safe.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r\n" }) {
      safe = String(safe.map { $0 == "\n" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
    }
    return safe
  }

  // MARK: Truncation

  /// `text` cut to at most `width` columns, ending in `ellipsis` when something was cut.
  public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
    let text = clean(text)
    guard width > 0 else { return "" }
    if Self.width(of: text) <= width { return text }
    let ellipsisWidth = Self.width(of: ellipsis)
    let room = ellipsisWidth <= width ? width - ellipsisWidth : width
    var result = ""
    var used = 0
    for character in text {
      let columns = Self.width(of: character)
      if used + columns > room { break }
      result.append(character)
      used += columns
    }
    if ellipsisWidth <= width {
      while let last = result.last, last == " " { result.removeLast() }
      result += ellipsis
    }
    return result
  }

  /// `text` truncated to `width` columns, then padded with spaces to exactly `width`.
  public static func pad(_ text: String, to width: Int) -> String {
    let cut = truncate(text, to: width)
    let missing = width - Self.width(of: cut)
    return missing > 0 ? cut + String(repeating: " ", count: missing) : cut
  }

  // MARK: Wrapping

  /// `text` wrapped at word boundaries into lines of at most `width` columns; a word wider than a line is broken.
  /// Runs of spaces collapse to one; a newline forces a break. Empty text gives no lines.
  public static func wrap(_ text: String, width: Int) -> [String] {
    wrap([Run(text, 0)], width: width).map { $0.map(\.text).joined() }
  }

  /// Styled runs wrapped like ``wrap(_:width:)``; each line's adjacent runs of one style are merged.
  public static func wrap<Style: Hashable>(_ runs: [Run<Style>], width: Int) -> [[Run<Style>]] {
    let width = max(1, width)
    var lines: [[Run<Style>]] = []
    var line = LineBuilder<Style>()
    var word: [(Character, Int, Style)] = []
    var wordWidth = 0
    var pendingSpace: Style?

    func flushLine() {
      lines.append(line.runs)
      line = LineBuilder()
    }
    func placeWord() {
      guard !word.isEmpty else { return }
      if line.width > 0 {
        if line.width + 1 + wordWidth <= width {
          line.append(" ", 1, pendingSpace ?? word[0].2)
        } else {
          flushLine()
        }
      }
      for (character, columns, style) in word {
        if line.width + columns > width, line.width > 0 { flushLine() }
        line.append(character, columns, style)
      }
      word.removeAll(keepingCapacity: true)
      wordWidth = 0
      pendingSpace = nil
    }

    for run in runs {
      for character in TerminalSanitizer.sanitize(run.text, keepNewlines: true, keepTabs: true) {
        switch character {
        case "\n", "\r\n":
          placeWord()
          flushLine()
        case " ", "\t":
          placeWord()
          if line.width > 0 { pendingSpace = run.style }
        default:
          let columns = Self.width(of: character)
          word.append((character, columns, run.style))
          wordWidth += columns
        }
      }
    }
    placeWord()
    if line.width > 0 { flushLine() }
    return lines
  }

  /// Accumulates one wrapped line, merging characters of one style into a run.
  private struct LineBuilder<Style: Hashable> {
    var runs: [Run<Style>] = []
    var width = 0

    mutating func append(_ character: Character, _ columns: Int, _ style: Style) {
      if let last = runs.last, last.style == style {
        runs[runs.count - 1].text.append(character)
      } else {
        runs.append(Run(String(character), style))
      }
      width += columns
    }
  }
}

extension TextLayout.Run: Sendable where Style: Sendable {}
