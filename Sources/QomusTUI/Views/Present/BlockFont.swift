/// A small pixel font for slide titles: 5 pixels high, 1–5 wide, drawn with half blocks (▀ ▄ █) into 3 rows of
/// cells, or with full blocks into 5 rows on wide screens. Covers A–Z, 0–9, the Uzbek ʻ and ʼ, quotation marks and common punctuation; any other character (Cyrillic,
/// for one) means the title is set in bold text instead.
enum BlockFont {
  /// How big the letters are drawn.
  enum Scale: CaseIterable {
    /// Each pixel a cell two columns wide and one row high (█▌): 5 rows, for wide screens.
    case large
    /// Two pixels per cell, one above the other (▀ ▄ █): 3 rows.
    case small

    /// Cell rows per line of letters.
    var height: Int { self == .large ? 5 : 3 }
    /// Columns per pixel.
    var columns: Int { self == .large ? 2 : 1 }
  }

  /// Blank pixels between letters, and between words.
  static let letterGap = 1
  static let wordGap = 3

  /// The glyph of `character` (upper-cased) as 5 pixel rows, `#` for ink.
  static func glyph(_ character: Character) -> [String]? {
    let upper = String(character).uppercased()
    return upper.count == 1 ? glyphs[Character(upper)] : nil
  }

  /// The cells of `word` in big letters at `scale`, or nil when a character has no glyph.
  static func render(_ word: String, scale: Scale) -> [String]? {
    var pixels = Array(repeating: "", count: 5)
    for (index, character) in word.enumerated() {
      guard let glyph = glyph(character) else { return nil }
      for row in 0..<5 {
        pixels[row] += (index > 0 ? String(repeating: ".", count: letterGap) : "") + glyph[row]
      }
    }
    switch scale {
    case .small: return halfBlocks(pixels)
    case .large: return pixels.map { String($0.flatMap { $0 == "#" ? "██" : "  " }) }
    }
  }

  /// The width in cells of `word` in big letters at `scale`, or nil when a character has no glyph.
  static func width(of word: String, scale: Scale) -> Int? {
    var total = 0
    for (index, character) in word.enumerated() {
      guard let glyph = glyph(character) else { return nil }
      total += glyph[0].count + (index > 0 ? letterGap : 0)
    }
    return total * scale.columns
  }

  /// Five pixel rows as three rows of cells: each cell shows a pixel above and one below.
  private static func halfBlocks(_ pixels: [String]) -> [String] {
    let rows = pixels.map(Array.init) + [Array(repeating: ".", count: pixels[0].count)]
    return stride(from: 0, to: 5, by: 2).map { top in
      String(
        zip(rows[top], rows[top + 1]).map { upper, lower -> Character in
          switch (upper == "#", lower == "#") {
          case (true, true): "█"
          case (true, false): "▀"
          case (false, true): "▄"
          case (false, false): " "
          }
        })
    }
  }

  private static let glyphs: [Character: [String]] = {
    var table: [Character: [String]] = [:]
    for (characters, rows) in source {
      let glyph = rows.split(separator: " ").map(String.init)
      for character in characters { table[character] = glyph }
    }
    return table
  }()

  /// Each entry: the characters that share a glyph, and its five rows separated by spaces.
  private static let source: [(String, String)] = [
    ("A", ".#. #.# ### #.# #.#"), ("B", "##. #.# ##. #.# ##."), ("C", ".## #.. #.. #.. .##"),
    ("D", "##. #.# #.# #.# ##."), ("E", "### #.. ##. #.. ###"), ("F", "### #.. ##. #.. #.."),
    ("G", ".## #.. #.# #.# .##"), ("H", "#.# #.# ### #.# #.#"), ("I", "### .#. .#. .#. ###"),
    ("J", "..# ..# ..# #.# .#."), ("K", "#.# #.# ##. #.# #.#"), ("L", "#.. #.. #.. #.. ###"),
    ("M", "#...# ##.## #.#.# #...# #...#"), ("N", "#..# ##.# #.## #..# #..#"),
    ("O", ".#. #.# #.# #.# .#."), ("P", "##. #.# ##. #.. #.."), ("Q", ".#. #.# #.# ##. .##"),
    ("R", "##. #.# ##. #.# #.#"), ("S", ".## #.. .#. ..# ##."), ("T", "### .#. .#. .#. .#."),
    ("U", "#.# #.# #.# #.# ###"), ("V", "#.# #.# #.# #.# .#."),
    ("W", "#...# #...# #.#.# ##.## #...#"), ("X", "#.# #.# .#. #.# #.#"),
    ("Y", "#.# #.# .#. .#. .#."), ("Z", "### ..# .#. #.. ###"),
    ("0", "### #.# #.# #.# ###"), ("1", ".#. ##. .#. .#. ###"), ("2", "##. ..# .#. #.. ###"),
    ("3", "##. ..# .#. ..# ##."), ("4", "#.# #.# ### ..# ..#"), ("5", "### #.. ##. ..# ##."),
    ("6", ".## #.. ### #.# ###"), ("7", "### ..# .#. .#. .#."), ("8", "### #.# ### #.# ###"),
    ("9", "### #.# ### ..# ##."),
    (".", ". . . . #"), (",", ". . . # #"), (":", ". # . # ."), (";", ". # . # #"),
    ("!", "# # # . #"), ("?", "##. ..# .#. ... .#."), ("-", "... ... ### ... ..."),
    ("–—", ".... .... #### .... ...."), ("(", ".# #. #. #. .#"), (")", "#. .# .# .# #."),
    ("/", "..# ..# .#. #.. #.."), ("+", "... .#. ### .#. ..."), ("&", ".#. #.# .#. #.# .##"),
    ("%", "#.# ..# .#. #.. #.#"),
    ("\"“”„", "#.# #.# ... ... ..."), ("'’ʼ", "#. .# .. .. .."), ("‘ʻ`", ".# #. .. .. .."),
    ("«", ".... .#.# #.#. .#.# ...."), ("»", ".... #.#. .#.# #.#. ...."),
    (" ", ".. .. .. .. .."),
  ]
}
