import QomusCore
import QomusTUI
import Testing

/// The cell grid: clipping, wide characters, styles.
@Suite("Screen")
struct ScreenTests {
  @Test func writesAreClippedToTheRect() {
    var screen = Screen(size: Size(width: 10, height: 2))
    screen.write("abcdefgh", x: 2, y: 0, role: .bold, clip: Rect(x: 2, y: 0, width: 4, height: 1))
    #expect(screen.textLines == ["  abcd    ", "          "])
    #expect(screen[2, 0].role == .bold)
    #expect(screen[6, 0].role == .normal)
    screen.write("zz", x: 0, y: 5, role: .bold)
    #expect(screen.textLines[1] == "          ")
  }

  @Test func wideCharactersTakeTwoCellsAndNeverHang() {
    var screen = Screen(size: Size(width: 5, height: 1))
    let end = screen.write("中文中", x: 0, y: 0, role: .normal)
    #expect(end == 5)
    #expect(screen.textLines == ["中文 "], "the third does not fit in one cell")
    #expect(screen[1, 0].isContinuation)
    screen.write("x", x: 1, y: 0, role: .normal)
    #expect(screen.textLines == [" x文 "], "overwriting half a wide character blanks the other half")
  }

  @Test func combiningMarksStayWithTheirLetter() {
    var screen = Screen(size: Size(width: 4, height: 1))
    screen.write("e\u{301}te", x: 0, y: 0, role: .normal)
    #expect(screen.textLines == ["e\u{301}te "])
  }

  @Test func snapshotListsStyleRuns() {
    var screen = Screen(size: Size(width: 6, height: 2))
    screen.write("ab", x: 1, y: 1, role: .title)
    #expect(screen.styleLines == ["1: title 1-2"])
    #expect(screen.snapshot == "6×2\n\n ab\n--- styles\n1: title 1-2\n")
  }
}
