import QomusTUI
import Testing

/// What follows an Esc, as real terminals send it. The byte strings are the ones xterm, tmux, the Linux console
/// and PuTTY document (xterm's ctlseqs, console_codes(4), PuTTY's manual, section 4.4).
@Suite("Escape sequences")
struct EscapeSequenceTests {
  /// Decodes `bytes`, the characters after an Esc; returns the event and how many characters were left unread.
  func decode(_ bytes: String) -> (event: InputEvent?, unread: Int) {
    var units = Array(bytes.unicodeScalars.map(\.value))[...]
    let event = EscapeSequence.decode(next: { units.popFirst() })
    return (event, units.count)
  }

  @Test func aLoneEscIsEsc() {
    #expect(decode("").event == .key(.escape))
  }

  @Test func altWithALetterIsNeverEscThenTheLetter() {
    #expect(decode("b") == (.key(.alt("b")), 0))
    #expect(decode("x") == (.key(.alt("x")), 0))
    #expect(decode("ў") == (.key(.alt("ў")), 0))
  }

  @Test func homeAndEndInEveryDialect() {
    // xterm (normal and application mode), VT220/tmux/PuTTY, rxvt.
    for home in ["[H", "OH", "[1~", "[7~"] { #expect(decode(home) == (.key(.home), 0), "ESC \(home)") }
    for end in ["[F", "OF", "[4~", "[8~"] { #expect(decode(end) == (.key(.end), 0), "ESC \(end)") }
  }

  @Test func cursorAndPageKeysWithAndWithoutModifiers() {
    #expect(decode("[A").event == .key(.up))
    #expect(decode("OB").event == .key(.down))
    #expect(decode("[1;5C").event == .key(.right), "Ctrl-→ from xterm")
    #expect(decode("[1;2D").event == .key(.left))
    #expect(decode("[5~").event == .key(.pageUp))
    #expect(decode("[6;3~").event == .key(.pageDown))
    #expect(decode("[3~").event == .key(.delete))
    #expect(decode("[Z").event == .key(.backTab))
  }

  @Test func functionKeysAndUnknownSequencesAreSwallowedWhole() {
    // F1 (xterm SS3, VT220, Linux console), F5, F12, Insert, a made-up private sequence.
    for sequence in ["OP", "[11~", "[[A", "[15~", "[24~", "[2~", "[?1;2c", "[99;99;99x"] {
      #expect(decode(sequence) == (nil, 0), "ESC \(sequence)")
    }
  }

  @Test func escBeforeASequenceIsTheSequenceNotItsLetters() {
    #expect(decode("\u{1B}[15~") == (nil, 0), "Esc then F5: nothing, and no [ 1 5 ~ typed")
    #expect(decode("\u{1B}[A") == (.key(.up), 0), "Alt-↑ as some terminals send it")
    #expect(decode("\u{1B}") == (.key(.escape), 0), "Esc twice is one Esc")
  }

  @Test func aSequenceStopsAtItsFinalByte() {
    #expect(decode("[4~q") == (.key(.end), 1), "the q after End is the next key")
  }

  @Test func sgrMouseReports() {
    #expect(decode("[<0;10;5M").event == .mouse(MouseEvent(.press, x: 9, y: 4)))
    #expect(decode("[<64;1;1M").event == .mouse(MouseEvent(.wheelUp, x: 0, y: 0)))
    #expect(decode("[<65;3;2M").event == .mouse(MouseEvent(.wheelDown, x: 2, y: 1)))
    #expect(decode("[<0;10;5m") == (nil, 0), "a release means nothing")
  }

  @Test func bracketedPasteKeepsEverythingBetweenTheMarkers() {
    let pasted = "[200~line one\r\nline\ttwo \u{1B}[201~"
    #expect(decode(pasted) == (.paste("line one\r\nline\ttwo "), 0))
    #expect(decode("[200~a\u{1B}[20x\u{1B}[201~").event == .paste("a\u{1B}[20x"), "a near-miss stays text")
  }
}
