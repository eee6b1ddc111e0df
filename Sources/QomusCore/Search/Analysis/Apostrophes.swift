/// The apostrophe forms people type in Uzbek Latin text: the one list that search folding, the word scanner, notes
/// search, the list filter, transliteration and the content's apostrophe check all use.
///
/// | code point | glyph | where it comes from |
/// |---|---|---|
/// | U+0027 | ' | every keyboard |
/// | U+0060 | ` | some keyboards' oʻ |
/// | U+00B4 | ´ | copy and paste |
/// | U+02B9 | ʹ | modifier letter prime, some converters |
/// | U+02BB | ʻ | the official letter mark of oʻ and gʻ |
/// | U+02BC | ʼ | the official tutuq belgisi (maʼlumot) |
/// | U+2018 | ‘ | autocorrect, many news sites |
/// | U+2019 | ’ | autocorrect, the tutuq belgisi in many texts |
/// | U+2032 | ′ | prime, copy and paste |
public enum Apostrophes {
  /// Every form, as scalar values.
  public static let values: Set<UInt32> = [
    0x27, 0x60, 0xB4, 0x02B9, 0x02BB, 0x02BC, 0x2018, 0x2019, 0x2032,
  ]

  /// Every form, as characters.
  public static let characters: Set<Character> = Set(
    values.compactMap { Unicode.Scalar($0).map(Character.init) })

  /// The two forms the content itself uses: ʻ (U+02BB) in oʻ/gʻ and ʼ (U+02BC).
  public static let official: Set<Character> = ["\u{02BB}", "\u{02BC}"]

  /// Whether the scalar `value` is an apostrophe form.
  @inline(__always)
  public static func contains(_ value: UInt32) -> Bool {
    // Most scalars are below U+00B4 or letters of the Cyrillic block: no set lookup for them.
    if value < 0xB4 { return value == 0x27 || value == 0x60 }
    if value > 0xB4 && value < 0x02B9 { return false }
    return values.contains(value)
  }
}
