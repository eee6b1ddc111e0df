/// The characters a frame is drawn with, chosen once for the whole screen: `unicode` (rounded boxes, rules, block
/// letters) or `plain` for screen readers and braille displays (`--accessible`): every box-drawing and block
/// character becomes a space, and the focused item carries a `>` marker as well as its colour.
public struct Glyphs: Sendable, Hashable {
  /// Whether box-drawing (U+2500–U+257F) and block (U+2580–U+259F) characters are drawn as spaces.
  public let plainLines: Bool
  /// The text marker put on the focused item, if any.
  public let focusMarker: Character?

  /// Rounded boxes, rules and block letters; the focus shown by colour.
  public static let unicode = Glyphs(plainLines: false, focusMarker: nil)
  /// Plain spacing and ASCII; the focus marked `>`.
  public static let plain = Glyphs(plainLines: true, focusMarker: ">")

  /// Whether big block letters may be used (slide titles).
  public var allowsBlockLetters: Bool { !plainLines }

  /// `character` as this set draws it.
  @inline(__always)
  public func draw(_ character: Character) -> Character {
    guard plainLines, let scalar = character.unicodeScalars.first,
      (0x2500...0x259F).contains(scalar.value)
    else { return character }
    return " "
  }
}
