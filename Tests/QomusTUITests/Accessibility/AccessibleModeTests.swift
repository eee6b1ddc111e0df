import QomusCore
import QomusTUI
import Testing

/// `--accessible`: the cursor on the focus, a `>` marker, no box-drawing or block characters, numbered links.
@Suite("Accessible mode")
struct AccessibleModeTests {
  private func driver(_ width: Int = 80, _ height: Int = 24) -> ExplorerDriver {
    ExplorerDriver(state: accessible(Fixture.driver(width, height).state), search: Fixture.search)
  }

  private func accessible(_ state: AppState) -> AppState {
    var state = state
    state.isAccessible = true
    return state
  }

  /// Box drawing U+2500–U+257F and blocks U+2580–U+259F.
  private func lineCharacters(_ screen: Screen) -> [Character] {
    screen.cells.map(\.character).filter { character in
      character.unicodeScalars.contains { (0x2500...0x259F).contains($0.value) }
    }
  }

  @Test func theCursorIsOnTheSelectedRowAndFollowsJAndK() {
    var driver = driver()
    // 80×24: the tab bar on row 0, the list box's top border on row 1, the first item on row 2 at column 1.
    #expect(driver.screen.cursor == Point(x: 1, y: 2))
    #expect(driver.screen.textLines[2].hasPrefix(" >2015 "))
    driver.press(.character("j"))
    #expect(driver.screen.cursor == Point(x: 1, y: 3))
    #expect(driver.screen.textLines[3].hasPrefix(" >2003 "))
    #expect(driver.screen.textLines[2].hasPrefix("  2015 "), "the marker moved with the selection")
    driver.press(.character("k"))
    #expect(driver.screen.cursor == Point(x: 1, y: 2))
  }

  @Test func noFrameHasBoxDrawingOrBlockCharacters() {
    var driver = ExplorerDriver(
      state: accessible(ViewFixture.state(120, 40)), clock: { ViewFixture.date }, seed: { 7 },
      search: Fixture.search)
    let keys: [[Key]] = [
      [], [.enter], [.tab], [.character("?")], [.escape, .character("m")], [.escape, .character("t")],
      [.escape, .character("o")], [.character("c")], [.escape, .escape, .character("Q")],
      [.escape, .character("p"), .enter], [.character("q"), .character("L"), .character("L")],
    ]
    for step in keys {
      for key in step { driver.press(key) }
      #expect(lineCharacters(driver.screen).isEmpty, "after \(step)")
    }
  }

  @Test func linksAreNumberedAndANumberThenEnterFollowsOne() {
    var driver = driver(120, 40)
    driver.press(.enter)
    let text = driver.screen.text
    #expect(text.contains("[1] Law “On Informatization” UZ 2003"))
    #expect(text.contains("[3] An Electronic Government Code UZ"))
    #expect(!text.contains("▸"))
    driver.press(.character("3"))
    #expect(driver.state.tab == 0, "a digit in the card is a link number, not a tab")
    #expect(driver.screen.text.contains("Link [3] — Enter follows it"))
    driver.press(.enter)
    #expect(driver.state.history.current?.cardID == "prop-code")
  }

  @Test func aNumberBeyondTheLinksSaysWhichThereAre() {
    var driver = driver(120, 40)
    driver.press(.enter, .character("1"), .character("2"), .enter)
    #expect(driver.state.history.current?.cardID == "act-egov")
    #expect(driver.screen.text.contains("No link [12] (links: 1–5)"))
  }

  @Test func theFocusedLinkCarriesTheMarkerAndTheCursor() {
    var driver = driver(120, 40)
    driver.press(.enter, .tab)
    let cursor = try! #require(driver.screen.cursor)
    let line = driver.screen.textLines[cursor.y]
    let from = line.index(line.startIndex, offsetBy: cursor.x)
    #expect(line[from...].hasPrefix("> [1] Law “On Informatization”"))
  }

  @Test func theSearchBoxPutsTheCursorOnTheSelectedResult() {
    var driver = driver()
    driver.press(.character("/"))
    // No results yet: the caret, after the prompt ` / ` inside the box (column 1 + 3, row 2).
    #expect(driver.screen.cursor == Point(x: 4, y: 2))
    driver.type("law")
    // Results start below the field and its info line: row 4, three rows each.
    #expect(driver.screen.cursor == Point(x: 1, y: 4))
    driver.press(.down)
    #expect(driver.screen.cursor == Point(x: 1, y: 7))
  }

  @Test func theMatrixCellHasTheFocusAndTheMarker() throws {
    var driver = ExplorerDriver(state: accessible(ViewFixture.state(120, 40)), search: Fixture.search)
    driver.press(.character("1"), .character("m"), .character("g"))
    let first = try #require(driver.screen.cursor)
    #expect(driver.screen[first.x, first.y].character == ">")
    #expect(driver.screen[first.x, first.y].role == .selection)
    driver.press(.character("l"))
    let next = try #require(driver.screen.cursor)
    #expect(next.y == first.y && next.x > first.x, "one cell to the right")
    #expect(driver.screen[next.x, next.y].character == ">")
    #expect(driver.screen[first.x, first.y].character == " ")
  }

  @Test func withoutAccessibleModeTheCursorStillGoesToTheFocusButNothingIsMarked() {
    let driver = Fixture.driver()
    #expect(driver.screen.cursor == Point(x: 1, y: 2))
    #expect(driver.screen.textLines[2].hasPrefix("│ 2015 "))
    #expect(driver.screen.textLines[1].hasPrefix("╭"))
  }

  @Test func aFrameRepaintsOnlyTheRowsThatChanged() {
    var driver = Fixture.driver()
    let before = driver.screen
    #expect(driver.screen.changedRows(since: before).isEmpty, "an unchanged frame repaints nothing")
    driver.press(.character("j"))
    let changed = driver.screen.changedRows(since: before)
    #expect(changed.contains(2) && changed.contains(3), "the rows the selection left and reached")
    #expect(!changed.contains(0), "the tab bar did not change")
    #expect(changed.count < 24)
    #expect(driver.screen.changedRows(since: nil) == Array(0..<24), "a first frame paints everything")
  }
}
