import QomusCore

/// A multi-line text input with a cursor, for notes. Lines are kept as typed; the view wraps them.
public struct TextArea: Sendable, Hashable {
  /// The lines, as typed.
  public private(set) var lines: [[Character]]
  /// The cursor: a line, and a position between its characters (0…count).
  public private(set) var row: Int
  /// The cursor’s position in its line.
  public private(set) var column: Int

  /// An area holding `text`, the cursor at its end.
  public init(_ text: String = "") {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    if lines.isEmpty { lines = [[]] }
    row = lines.count - 1
    column = lines[row].count
  }

  /// The text, lines joined by newlines.
  public var text: String { lines.map { String($0) }.joined(separator: "\n") }
  /// True when only whitespace was typed.
  public var isBlank: Bool { lines.allSatisfy { $0.allSatisfy(\.isWhitespace) } }

  /// Applies an editing or cursor command; returns false for commands that are not edits.
  @discardableResult
  public mutating func apply(_ command: Command) -> Bool {
    switch command {
    case .insert(let character):
      lines[row].insert(character, at: column)
      column += 1
    case .newline:
      let rest = Array(lines[row][column...])
      lines[row].removeSubrange(column...)
      lines.insert(rest, at: row + 1)
      row += 1
      column = 0
    case .deleteBackward:
      if column > 0 {
        lines[row].remove(at: column - 1)
        column -= 1
      } else if row > 0 {
        column = lines[row - 1].count
        lines[row - 1] += lines.remove(at: row)
        row -= 1
      }
    case .deleteForward:
      if column < lines[row].count {
        lines[row].remove(at: column)
      } else if row + 1 < lines.count {
        lines[row] += lines.remove(at: row + 1)
      }
    case .deleteWord:
      var start = column
      while start > 0, lines[row][start - 1] == " " { start -= 1 }
      while start > 0, lines[row][start - 1] != " " { start -= 1 }
      lines[row].removeSubrange(start..<column)
      column = start
    case .clearInput:
      lines[row].removeSubrange(..<column)
      column = 0
    case .cursorLeft:
      if column > 0 {
        column -= 1
      } else if row > 0 {
        row -= 1
        column = lines[row].count
      }
    case .cursorRight:
      if column < lines[row].count {
        column += 1
      } else if row + 1 < lines.count {
        row += 1
        column = 0
      }
    case .cursorStart: column = 0
    case .cursorEnd: column = lines[row].count
    case .moveUp, .moveDown:
      let target = row + (command == .moveUp ? -1 : 1)
      guard lines.indices.contains(target) else { return true }
      row = target
      column = min(column, lines[row].count)
    default: return false
    }
    return true
  }

  /// One row on screen: a piece of a line.
  public struct VisualRow: Sendable, Hashable {
    /// The line the row shows part of.
    public var line: Int
    /// The characters of the line on this row.
    public var range: Range<Int>
  }

  /// The lines broken into rows of at most `width` columns (at spaces when possible), and the row and column of
  /// the cursor among them.
  public func layout(width: Int) -> (rows: [VisualRow], cursor: (row: Int, x: Int)) {
    let width = max(2, width)
    var rows: [VisualRow] = []
    var cursor = (row: 0, x: 0)
    for (index, line) in lines.enumerated() {
      var start = 0
      repeat {
        let end = Self.breakPoint(line, from: start, width: width - 1)
        let isLast = end >= line.count
        rows.append(VisualRow(line: index, range: start..<end))
        if index == row, column >= start, column < end || (isLast && column == end) {
          cursor = (rows.count - 1, TextLayout.width(of: String(line[start..<column])))
        }
        start = end
      } while start < line.count
    }
    return (rows, cursor)
  }

  /// Where a row starting at `start` ends: after the last space that fits, else where the width runs out.
  private static func breakPoint(_ line: [Character], from start: Int, width: Int) -> Int {
    var used = 0
    var index = start
    var lastSpace: Int?
    while index < line.count {
      let columns = TextLayout.width(of: line[index])
      if used + columns > width { break }
      used += columns
      if line[index] == " " { lastSpace = index + 1 }
      index += 1
    }
    if index >= line.count { return line.count }
    if let lastSpace, lastSpace > start { return lastSpace }
    return max(index, start + 1)
  }
}
