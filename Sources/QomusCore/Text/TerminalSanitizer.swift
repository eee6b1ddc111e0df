/// Makes content safe to print: control characters become visible placeholders, so that no ESC, BEL or C1 code
/// from a content file ever reaches the terminal raw.
public enum TerminalSanitizer {
  /// Replaces C0 controls (except newline and, when `keepTabs`, tab), DEL and C1 controls with visible symbols:
  /// U+2400-block control pictures for C0 and DEL, U+FFFD for C1. Bidirectional overrides are removed.
  public static func sanitize(_ text: String, keepNewlines: Bool = true, keepTabs: Bool = false)
    -> String
  {
    guard needsSanitizing(text) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A where keepNewlines, 0x09 where keepTabs:
        scalars.append(scalar)
      case 0x00...0x1F:
        scalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
      case 0x7F:
        scalars.append("\u{2421}")
      case 0x80...0x9F:
        scalars.append("\u{FFFD}")
      case 0x202A...0x202E, 0x2066...0x2069:
        continue
      default:
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// Whether `text` has a character `sanitize` replaces or drops: a scan of its UTF-8 bytes (C0 and DEL are
  /// single bytes, C1 is `C2 80`–`C2 9F`, the bidi controls `E2 80 AA`–`E2 80 AE` and `E2 81 A6`–`E2 81 A9`).
  public static func needsSanitizing(_ text: String) -> Bool {
    var utf8 = text.utf8.makeIterator()
    var previous: (UInt8, UInt8) = (0, 0)
    while let byte = utf8.next() {
      if byte < 0x20 || byte == 0x7F { return true }
      if previous.1 == 0xC2, (0x80...0x9F).contains(byte) { return true }
      if previous == (0xE2, 0x80), (0xAA...0xAE).contains(byte) { return true }
      if previous == (0xE2, 0x81), (0xA6...0xA9).contains(byte) { return true }
      previous = (previous.1, byte)
    }
    return false
  }

  private static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
