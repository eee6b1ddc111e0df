/// Decodes what follows an Esc byte: Alt+key, the xterm/VT sequences a terminfo entry may not describe (Home,
/// End and the rest under `TERM=xterm-256color` inside tmux, the Linux console, PuTTY, rxvt), SGR mouse
/// reports and bracketed paste. An unknown sequence is swallowed whole and ignored; only an Esc with nothing
/// after it is the Esc key. Pure: it reads characters from `next`, so tests feed it bytes.
public enum EscapeSequence {
  /// The event for the characters after an Esc, read one at a time from `next`, which returns nil when
  /// nothing more arrives in time. Nil means the sequence is known to mean nothing here.
  public static func decode(next: () -> UInt32?) -> InputEvent? {
    guard let first = next() else { return .key(.escape) }
    switch first {
    case 0x5B: return controlSequence(next: next)  // ESC [
    case 0x4F: return singleShift(next: next)  // ESC O
    case 0x1B: return decode(next: next)  // Alt with a sequence (ESC ESC [ A), or Esc pressed twice: one Esc
    case 0x20..<0x7F, 0xA0...:
      return Unicode.Scalar(first).map { .key(.alt(Character($0))) }
    default: return nil  // Alt with a control key
    }
  }

  /// The longest parameter string read before a sequence is given up as garbage.
  static let maximumLength = 32
  /// The most text one paste brings in (characters); the rest of a larger paste is dropped.
  public static let maximumPaste = 100_000

  /// `ESC [` parameters, intermediates, final byte (ECMA-48).
  private static func controlSequence(next: () -> UInt32?) -> InputEvent? {
    var parameters: [UInt32] = []
    while let unit = next() {
      switch unit {
      case 0x30...0x3F, 0x20...0x2F:
        parameters.append(unit)
        if parameters.count > maximumLength { return nil }
      case 0x40...0x7E:
        if unit == 0x5B, parameters.isEmpty {  // Linux console F1–F5: ESC [ [ A … E
          _ = next()
          return nil
        }
        return controlSequence(String(decoding: parameters.map { UInt8($0) }, as: UTF8.self), final: unit, next: next)
      default:
        return nil  // not a sequence after all
      }
    }
    return nil
  }

  private static func controlSequence(_ parameters: String, final: UInt32, next: () -> UInt32?) -> InputEvent? {
    if parameters.hasPrefix("<"), final == 0x4D || final == 0x6D {  // ESC [ < b ; x ; y M|m
      return sgrMouse(parameters.dropFirst(), pressed: final == 0x4D)
    }
    if parameters.isEmpty, final == 0x4D {  // X10 mouse: ESC [ M b x y
      for _ in 0..<3 { _ = next() }
      return nil
    }
    let fields = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
    let number = fields.first.flatMap { $0 }
    switch final {
    case 0x41: return .key(.up)  // A, with or without modifiers (ESC [ 1 ; 5 A)
    case 0x42: return .key(.down)
    case 0x43: return .key(.right)
    case 0x44: return .key(.left)
    case 0x48: return .key(.home)  // H
    case 0x46: return .key(.end)  // F
    case 0x5A: return .key(.backTab)  // Z
    case 0x7E:  // ~
      switch number {
      case 1, 7: return .key(.home)
      case 4, 8: return .key(.end)
      case 3: return .key(.delete)
      case 5: return .key(.pageUp)
      case 6: return .key(.pageDown)
      case 200: return paste(next: next)
      default: return nil  // Insert, F-keys, a stray 201~
      }
    default: return nil
    }
  }

  /// `ESC O x`: cursor and keypad keys in application mode.
  private static func singleShift(next: () -> UInt32?) -> InputEvent? {
    switch next() {
    case 0x41: .key(.up)
    case 0x42: .key(.down)
    case 0x43: .key(.right)
    case 0x44: .key(.left)
    case 0x48: .key(.home)
    case 0x46: .key(.end)
    case 0x4D: .key(.enter)  // keypad Enter
    default: nil  // F1–F4 (P–S) and the rest
    }
  }

  /// `ESC [ < b ; x ; y M`: a press or wheel step at 1-based (x, y); releases and motion mean nothing here.
  private static func sgrMouse(_ fields: Substring, pressed: Bool) -> InputEvent? {
    let numbers = fields.split(separator: ";").compactMap { Int($0) }
    guard pressed, numbers.count == 3 else { return nil }
    let (button, x, y) = (numbers[0], numbers[1] - 1, numbers[2] - 1)
    if button & 32 != 0 { return nil }  // motion
    switch button & 0b1100_0011 {
    case 0: return .mouse(MouseEvent(.press, x: x, y: y))
    case 64: return .mouse(MouseEvent(.wheelUp, x: x, y: y))
    case 65: return .mouse(MouseEvent(.wheelDown, x: x, y: y))
    default: return nil
    }
  }

  /// The text between `ESC [ 200 ~` and `ESC [ 201 ~`, whatever it contains.
  private static func paste(next: () -> UInt32?) -> InputEvent? {
    let end: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]
    var scalars = String.UnicodeScalarView()
    var count = 0
    var pending: [UInt32] = []  // the start of what may be `ESC [ 2 0 1 ~`
    func keep(_ units: [UInt32]) {
      for unit in units where count < maximumPaste {
        if let scalar = Unicode.Scalar(unit) {
          scalars.append(scalar)
          count += 1
        }
      }
    }
    while let unit = next() {
      if unit == end[pending.count] {
        pending.append(unit)
        if pending.count == end.count { break }
        continue
      }
      keep(pending)
      pending = []
      if unit == end[0] { pending = [unit] } else { keep([unit]) }
    }
    return .paste(String(scalars))
  }
}
