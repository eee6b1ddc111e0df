import QomusCore
import QomusTUI
import Testing

/// `update` for the list, the card, links and history.
@Suite("Navigation")
struct NavigationTests {
  @Test func startsOnTheFirstTabPreviewingTheFirstCard() {
    let driver = Fixture.driver()
    #expect(driver.state.tab == 0)
    #expect(driver.state.focus == .list)
    #expect(driver.state.listIDs == ["act-egov", "act-informatization"])
    #expect(driver.state.displayedCardID == "act-egov")
    #expect(driver.state.history.current == nil)
  }

  @Test func listMovesAndClamps() {
    var driver = Fixture.driver()
    driver.press(.character("k"))
    #expect(driver.state.list.selected == 0)
    driver.press(.character("j"))
    #expect(driver.state.list.selected == 1)
    #expect(driver.state.displayedCardID == "act-informatization")
    driver.press(.down, .down)
    #expect(driver.state.list.selected == 1)
    driver.press(.character("g"))
    #expect(driver.state.list.selected == 0)
    driver.press(.character("G"))
    #expect(driver.state.list.selected == 1)
    #expect(driver.state.history.current == nil, "moving in the list only previews")
  }

  @Test func enterOpensTheCardAndFocusesIt() {
    var driver = Fixture.driver()
    driver.press(.enter)
    #expect(driver.state.focus == .card)
    #expect(driver.state.history.current?.cardID == "act-egov")
    #expect(driver.state.document?.key.cardID == "act-egov")
  }

  @Test func linksAreOrderedOutgoingThenBacklinksByRelation() {
    var driver = Fixture.driver()
    driver.press(.enter)
    let targets = driver.state.document?.links.map(\.target)
    #expect(
      targets == [
        "act-informatization", "def-fragmentation", "prop-code", "ana-ee-xroad", "plat-portal",
      ])
  }

  @Test func tabFocusesLinksInTurnAndWraps() {
    var driver = Fixture.driver(120, 40)
    driver.press(.enter, .tab)
    #expect(driver.state.cardView?.focusedLink == 0)
    driver.press(.tab, .tab)
    #expect(driver.state.cardView?.focusedLink == 2)
    driver.press(.backTab)
    #expect(driver.state.cardView?.focusedLink == 1)
    driver.press(.tab, .tab, .tab, .tab)
    #expect(driver.state.cardView?.focusedLink == 0, "wraps after the last link")
  }

  @Test func focusingALinkScrollsItIntoView() throws {
    var driver = Fixture.driver(80, 24)
    driver.press(.enter, .backTab)
    let view = try #require(driver.state.cardView)
    let document = try #require(driver.state.document)
    let link = try #require(view.focusedLink)
    let rows = driver.state.layout.cardRows
    #expect(link == document.links.count - 1, "Shift-Tab from nothing focuses the last link")
    #expect(document.links[link].lines.lowerBound >= view.scroll)
    #expect(document.links[link].lines.upperBound <= view.scroll + rows)
  }

  @Test func enterFollowsTheFocusedLinkAndBackRestoresTheView() {
    var driver = Fixture.driver(120, 40)
    driver.press(.enter, .tab, .tab)
    let before = driver.state.cardView
    driver.press(.enter)
    #expect(driver.state.displayedCardID == "def-fragmentation")
    #expect(driver.state.tab == 2, "the list follows to the card's tab")
    #expect(driver.state.selectedListID == "def-fragmentation")
    #expect(driver.state.history.backCount == 1)
    driver.press(.backspace)
    #expect(driver.state.displayedCardID == "act-egov")
    #expect(driver.state.cardView == before, "scroll and focused link come back")
    #expect(driver.state.history.forwardCount == 1)
    driver.press(.character("f"))
    #expect(driver.state.displayedCardID == "def-fragmentation")
    driver.press(.left)
    #expect(driver.state.displayedCardID == "act-egov")
  }

  @Test func visitingDropsForwardHistory() {
    var driver = Fixture.driver(120, 40)
    driver.press(.enter, .tab, .enter)  // act-informatization
    driver.press(.backspace)
    #expect(driver.state.history.forwardCount == 1)
    #expect(driver.state.cardView?.focusedLink == 0, "the focus comes back with the card")
    driver.press(.tab, .enter)  // def-fragmentation
    #expect(driver.state.history.forwardCount == 0)
    #expect(driver.state.history.entries.map(\.cardID) == ["act-egov", "def-fragmentation"])
  }

  @Test func backAtTheFirstCardReturnsToTheList() {
    var driver = Fixture.driver()
    driver.press(.enter, .backspace)
    #expect(driver.state.focus == .list)
    driver.press(.backspace)
    #expect(driver.state.focus == .card, "Backspace from the list goes back to the card being read")
    #expect(driver.state.displayedCardID == "act-egov")
  }

  @Test func forwardWithNothingAheadSaysSo() {
    var driver = Fixture.driver()
    driver.press(.enter, .character("f"))
    #expect(driver.state.message != nil)
    driver.press(.down)
    #expect(driver.state.message == nil, "messages last one key")
  }

  @Test func enterWithoutAFocusedLinkExplains() {
    var driver = Fixture.driver()
    driver.press(.enter, .enter)
    #expect(driver.state.displayedCardID == "act-egov")
    #expect(driver.state.message != nil)
  }

  @Test func escapeReturnsFromCardToList() {
    var driver = Fixture.driver()
    driver.press(.character("j"), .enter, .escape)
    #expect(driver.state.focus == .list)
    #expect(driver.state.displayedCardID == "act-informatization")
  }

  @Test func cardScrollsAndClamps() throws {
    var driver = Fixture.driver(80, 24)
    driver.press(.enter)
    driver.press(.character("j"), .character("j"))
    #expect(driver.state.cardView?.scroll == 2)
    driver.press(.character("G"))
    let document = try #require(driver.state.document)
    let bottom = document.lines.count - driver.state.layout.cardRows
    #expect(driver.state.cardView?.scroll == bottom)
    driver.press(.pageDown)
    #expect(driver.state.cardView?.scroll == bottom)
    driver.press(.control("u"))
    #expect(driver.state.cardView?.scroll == bottom - driver.state.layout.cardRows / 2)
    driver.press(.character("g"))
    #expect(driver.state.cardView?.scroll == 0)
  }

  @Test func scrollingAFocusedLinkOutOfViewDropsTheFocus() {
    var driver = Fixture.driver(80, 24)
    driver.press(.enter, .backTab)
    #expect(driver.state.cardView?.focusedLink != nil)
    driver.press(.character("g"))
    #expect(driver.state.cardView?.focusedLink == nil)
  }

  @Test func quitStops() {
    var driver = Fixture.driver()
    driver.press(.character("q"))
    #expect(!driver.state.isRunning)
  }
}
