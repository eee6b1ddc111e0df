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
    if isNarrow(value) { return 1 }
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

  /// Ranges known to hold only one-column characters (Latin, Greek, Cyrillic, modifier letters such as ʻ and ʼ,
  /// dashes and quotes, arrows, box drawing and shapes without emoji presentation): answered without looking up
  /// Unicode properties, which is most of the cost of measuring text.
  private static func isNarrow(_ value: UInt32) -> Bool {
    switch value {
    case 0xA0...0xAC, 0xAE...0x2FF, 0x370...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E,
      0x2190...0x21FF, 0x2500...0x25FC:
      true
    default: false
    }
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
    guard TerminalSanitizer.needsSanitizing(text) else { return text }
    var safe = TerminalSanitizer.sanitize(text, keepNewlines: true, keepTabs: true)
    if safe.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) {
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
    var wrapper = Wrapper(width: max(1, width))
    for (index, run) in runs.enumerated() {
      wrapper.add(TerminalSanitizer.sanitize(run.text, keepNewlines: true, keepTabs: true), run: index)
    }
    return wrapper.finish().map { pieces in
      var line: [Run<Style>] = []
      for piece in pieces {
        let style = runs[piece.run].style
        if let last = line.last, last.style == style {
          line[line.count - 1].text += piece.text
        } else {
          line.append(Run(piece.text, style))
        }
      }
      return line
    }
  }

  /// The wrapping itself, on text tagged with the index of the run it came from: words are placed whole, and
  /// characters one by one only when a word is wider than a line.
  private struct Wrapper {
    /// Text from one run.
    struct Piece {
      var text: String
      var run: Int
      var width: Int
    }

    let width: Int
    var lines: [[Piece]] = []
    var line: [Piece] = []
    var lineWidth = 0
    var word: [Piece] = []
    var wordWidth = 0
    /// The run of the space owed before the next word, when the line has text.
    var pendingSpace: Int?

    init(width: Int) {
      self.width = width
    }

    mutating func add(_ text: String, run: Int) {
      if text.unicodeScalars.contains(where: Self.mayJoin) {
        addGraphemes(text, run: run)
        return
      }
      // No emoji sequences: every scalar is its own column count (combining marks add 0), so scalars suffice.
      let scalars = text.unicodeScalars
      var wordStart = scalars.startIndex
      var pieceWidth = 0
      var index = scalars.startIndex
      while index < scalars.endIndex {
        let scalar = scalars[index]
        let next = scalars.index(after: index)
        switch scalar {
        case "\n", " ", "\t":
          if index > wordStart {
            addToWord(String(text[wordStart..<index]), run: run, width: pieceWidth)
          }
          placeWord()
          if scalar == "\n" {
            flushLine()
          } else if lineWidth > 0 {
            pendingSpace = run
          }
          wordStart = next
          pieceWidth = 0
        default:
          pieceWidth += TextLayout.width(of: scalar)
        }
        index = next
      }
      if scalars.endIndex > wordStart {
        addToWord(String(text[wordStart...]), run: run, width: pieceWidth)
      }
    }

    /// Scalars that can join others into one wider grapheme (emoji, variation selectors, joiners, flags).
    private static func mayJoin(_ scalar: Unicode.Scalar) -> Bool {
      let value = scalar.value
      return value >= 0x1F000 || (0x2600...0x27BF).contains(value) || value == 0x200D || value == 0xFE0F
        || value == 0x20E3
    }

    private mutating func addGraphemes(_ text: String, run: Int) {
      var wordStart = text.startIndex
      var pieceWidth = 0
      var index = text.startIndex
      while index < text.endIndex {
        let character = text[index]
        let next = text.index(after: index)
        switch character {
        case "\n", "\r\n", " ", "\t":
          if index > wordStart { addToWord(String(text[wordStart..<index]), run: run, width: pieceWidth) }
          placeWord()
          if character == " " || character == "\t" {
            if lineWidth > 0 { pendingSpace = run }
          } else {
            flushLine()
          }
          wordStart = next
          pieceWidth = 0
        default:
          pieceWidth += Self.columns(character)
        }
        index = next
      }
      if text.endIndex > wordStart {
        addToWord(String(text[wordStart...]), run: run, width: pieceWidth)
      }
    }

    mutating func finish() -> [[Piece]] {
      placeWord()
      if lineWidth > 0 { flushLine() }
      return lines
    }

    private static func columns(_ character: Character) -> Int {
      if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
      return TextLayout.width(of: character)
    }

    private mutating func addToWord(_ text: String, run: Int, width: Int) {
      word.append(Piece(text: text, run: run, width: width))
      wordWidth += width
    }

    private mutating func flushLine() {
      lines.append(line)
      line = []
      lineWidth = 0
    }

    private mutating func append(_ piece: Piece) {
      if let last = line.last, last.run == piece.run {
        line[line.count - 1].text += piece.text
        line[line.count - 1].width += piece.width
      } else {
        line.append(piece)
      }
      lineWidth += piece.width
    }

    private mutating func placeWord() {
      guard let first = word.first else { return }
      if lineWidth > 0 {
        if lineWidth + 1 + wordWidth <= width {
          append(Piece(text: " ", run: pendingSpace ?? first.run, width: 1))
        } else {
          flushLine()
        }
      }
      if lineWidth + wordWidth <= width {
        for piece in word { append(piece) }
      } else {
        // Wider than a line: break it where the width runs out.
        for piece in word {
          for character in piece.text {
            let columns = Self.columns(character)
            if lineWidth + columns > width, lineWidth > 0 { flushLine() }
            append(Piece(text: String(character), run: piece.run, width: columns))
          }
        }
      }
      word.removeAll(keepingCapacity: true)
      wordWidth = 0
      pendingSpace = nil
    }
  }
}

extension TextLayout.Run: Sendable where Style: Sendable {}
