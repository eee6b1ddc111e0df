import QomusCore

/// A title in big block letters, wrapped at words to a width.
struct BigTitle {
  let scale: BlockFont.Scale
  /// The lines of big letters, each as its rows of cells.
  let lines: [[String]]

  /// The title set at `scale` in at most `maxLines` lines of `width` columns; nil when a character has no glyph,
  /// a word is wider than the width, or more lines are needed.
  init?(_ title: String, scale: BlockFont.Scale, width: Int, maxLines: Int) {
    let words = title.split(separator: " ").map(String.init)
    guard !words.isEmpty, maxLines > 0 else { return nil }
    let gap = BlockFont.wordGap * scale.columns
    var wordLines: [[String]] = [[]]
    var used = 0
    for word in words {
      guard let wordWidth = BlockFont.width(of: word, scale: scale), wordWidth <= width else {
        return nil
      }
      if used > 0, used + gap + wordWidth > width {
        wordLines.append([])
        used = 0
      }
      used += (used > 0 ? gap : 0) + wordWidth
      wordLines[wordLines.count - 1].append(word)
    }
    guard wordLines.count <= maxLines else { return nil }
    let space = String(repeating: " ", count: gap)
    lines = wordLines.map { line in
      let rendered = line.compactMap { BlockFont.render($0, scale: scale) }
      return (0..<scale.height).map { row in rendered.map { $0[row] }.joined(separator: space) }
    }
    self.scale = scale
  }

  /// Rows of cells it takes, with one blank row between lines.
  var height: Int { lines.count * scale.height + max(0, lines.count - 1) }

  /// The lines one after another, a blank row between them.
  var rows: [String] {
    lines.enumerated().flatMap { index, line in index == 0 ? line : [""] + line }
  }
}
