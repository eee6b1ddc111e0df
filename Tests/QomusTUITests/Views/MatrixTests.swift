import QomusCore
import QomusTUI
import Testing

/// The comparison matrix: opening at the current card, moving cell by cell, scrolling, opening a cell's card.
@Suite("Matrix")
struct MatrixTests {
  func matrix(_ driver: ExplorerDriver) -> MatrixState? {
    if case .matrix(let state) = driver.state.mode { return state }
    return nil
  }

  @Test func opensOnTheCurrentCardsCell() {
    var driver = ViewFixture.driver()
    driver.keys("2")
    driver.press(.down)  // ana-kr-act
    driver.keys("m")
    #expect(matrix(driver)?.row == 0)
    #expect(matrix(driver)?.column == 2)
    #expect(driver.state.focusedCardID == "ana-kr-act")
  }

  @Test func movesCellByCellAndStaysInside() {
    var driver = ViewFixture.driver(120, 40)
    driver.keys("m")
    #expect(matrix(driver).map { [$0.row, $0.column] } == [0, 0])
    driver.press(.up, .left)
    #expect(matrix(driver).map { [$0.row, $0.column] } == [0, 0])
    driver.press(.right, .down)
    #expect(matrix(driver).map { [$0.row, $0.column] } == [1, 1])
    #expect(driver.state.focusedCardID == "ana-ee-xroad")
    driver.keys("lllG")
    #expect(matrix(driver).map { [$0.row, $0.column] } == [2, 2])
    driver.keys("g")
    #expect(matrix(driver)?.row == 0)
  }

  @Test func narrowScreensScrollTheColumns() {
    var driver = ViewFixture.driver(60, 24)
    driver.keys("m")
    #expect(!driver.screen.text.contains("South Korea"), "only the first columns fit")
    #expect(driver.screen.text.contains("▸"), "a mark says more columns follow")
    driver.press(.right, .right)
    #expect(matrix(driver)?.columnOffset ?? 0 > 0)
    #expect(driver.screen.text.contains("South Korea"))
    #expect(driver.screen.text.contains("◂"))
  }

  @Test func enterOpensTheCellsCard() {
    var driver = ViewFixture.driver()
    driver.keys("m")
    driver.press(.right, .right, .enter)
    #expect(driver.state.modes == [.browse])
    #expect(driver.state.history.current?.cardID == "ana-kr-act")
  }

  @Test func emptyCellsAndCellsWithoutACardSaySo() {
    var driver = ViewFixture.driver()
    driver.keys("m")
    driver.press(.right, .enter)
    #expect(driver.state.message?.en == "This cell is empty")
    driver.press(.down, .right, .enter)
    #expect(driver.state.message?.en == "This cell has no card of its own")
    #expect(matrix(driver) != nil, "the matrix stays open")
  }

  @Test func theMatrixRemembersWhereItWasLeft() {
    var driver = ViewFixture.driver()
    driver.keys("m")
    driver.press(.down, .down, .escape)
    #expect(driver.state.modes == [.browse])
    driver.press(.character("5"))  // platforms: plat-portal is not in the matrix
    driver.keys("m")
    #expect(matrix(driver)?.row == 2)
  }

  @Test func withoutAMatrixTheKeySaysSo() {
    var driver = Fixture.driver()
    driver.keys("m")
    #expect(driver.state.mode == .browse)
    #expect(driver.state.message?.en == "This content has no comparison matrix")
  }

  @Test func theDetailStripShowsTheCellInFull() {
    var driver = ViewFixture.driver(120, 40)
    driver.keys("m")
    driver.press(.down, .down)
    let text = driver.screen.text
    #expect(
      text.contains(
        "Electronic signature × Uzbekistan — Signature law (2022). Replaced the 2003 law"))
    #expect(text.contains("⏎ opens act-sig-2022"))
  }
}
