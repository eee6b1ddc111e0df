import QomusCore
import QomusTUI
import Testing

/// `update` for tabs, search, filter, help, language, resize and the mouse.
@Suite("Modes")
struct ModeTests {
  @Test func numberKeysAndArrowsSwitchTabs() {
    var driver = Fixture.driver()
    driver.press(.character("3"))
    #expect(driver.state.tab == 2)
    #expect(driver.state.displayedCardID == "def-fragmentation")
    driver.press(.right)
    #expect(driver.state.tab == 3)
    driver.press(.character("1"), .left)
    #expect(driver.state.tab == 4, "wraps around")
    driver.press(.character("9"))
    #expect(driver.state.tab == 4, "no such tab")
  }

  @Test func tabsRememberTheirSelection() {
    var driver = Fixture.driver()
    driver.press(.character("j"), .character("2"), .character("1"))
    #expect(driver.state.list.selected == 1)
  }

  @Test func searchAsksOnEveryKeyWithAPrefixSearch() {
    let state = AppState(corpus: Fixture.corpus, size: Size(width: 80, height: 24))
    var (next, effect) = Update.apply(.key(.character("/")), to: state)
    #expect(effect == nil)
    (next, effect) = Update.apply(.key(.character("q")), to: next)
    guard case .search(let query, let options) = effect else {
      Issue.record("expected a search effect, got \(String(describing: effect))")
      return
    }
    #expect(query == "q")
    #expect(options.prefixLastWord)
    #expect(next.isRunning, "q is typed, not quit")
  }

  @Test func searchShowsResultsPreviewsAndOpens() {
    var driver = Fixture.driver()
    driver.press(.character("/"))
    driver.type("law")
    let hits = driver.state.search?.hits.map(\.id)
    #expect(hits == ["act-egov", "act-informatization", "prop-code"])
    driver.press(.down)
    #expect(driver.state.displayedCardID == "act-informatization")
    driver.press(.enter)
    #expect(driver.state.search == nil)
    #expect(driver.state.focus == .card)
    #expect(driver.state.history.current?.cardID == "act-informatization")
  }

  @Test func searchEditsAndNarrows() {
    var driver = Fixture.driver()
    driver.press(.character("/"))
    driver.type("law xx")
    #expect(driver.state.search?.hits.isEmpty == true)
    driver.press(.control("w"))
    #expect(driver.state.search?.query == "law")
    #expect(driver.state.search?.hits.count == 3)
    driver.press(.control("u"))
    #expect(driver.state.search?.query == "")
    #expect(driver.state.search?.hits.isEmpty == true)
  }

  @Test func escapeCancelsTheSearchAndRestoresTheCard() {
    var driver = Fixture.driver()
    driver.press(.character("/"))
    driver.type("code")
    #expect(driver.state.displayedCardID == "prop-code")
    driver.press(.escape)
    #expect(driver.state.search == nil)
    #expect(driver.state.displayedCardID == "act-egov")
    #expect(driver.state.history.current == nil)
  }

  @Test func staleResultsAreDropped() {
    var state = AppState(corpus: Fixture.corpus, size: Size(width: 80, height: 24))
    _ = state.apply(.key(.character("/")))
    _ = state.apply(.key(.character("x")))
    let hit = SearchHit(
      id: "act-egov", kind: .act, title: Fixture.corpus.cards[0].title, score: 1, language: .en,
      snippet: HighlightedText(segments: []))
    _ = state.apply(.searchCompleted(query: "old", hits: [hit]))
    #expect(state.search?.hits.isEmpty == true)
    _ = state.apply(.searchCompleted(query: "x", hits: [hit]))
    #expect(state.search?.hits.map(\.id) == ["act-egov"])
  }

  @Test func filterNarrowsTheListInAnyScriptAndApostrophe() {
    var driver = Fixture.driver()
    driver.press(.character("\\"))
    driver.type("togri")
    #expect(driver.state.listIDs == ["act-egov", "act-informatization"])
    driver.press(.control("u"))
    driver.type("ахборот")
    #expect(driver.state.listIDs == ["act-informatization"])
    driver.press(.enter)
    #expect(driver.state.mode == .browse)
    #expect(driver.state.listIDs == ["act-informatization"], "Enter keeps the filter")
    driver.press(.escape)
    #expect(driver.state.listIDs.count == 2, "Esc in the list clears it")
  }

  @Test func switchingTabClearsTheFilter() {
    var driver = Fixture.driver()
    driver.press(.character("\\"))
    driver.type("inform")
    driver.press(.enter, .character("2"))
    #expect(driver.state.filter.isEmpty)
  }

  @Test func helpOverlayScrollsAndCloses() {
    var driver = Fixture.driver(80, 24)
    driver.press(.character("?"))
    #expect(driver.state.mode == .help(scroll: 0))
    driver.press(.character("j"), .character("j"))
    #expect(driver.state.mode == .help(scroll: 2))
    driver.press(.character("q"))
    #expect(driver.state.mode == .browse)
    #expect(driver.state.isRunning, "q closes help first")
  }

  @Test func languageCycles() {
    var driver = Fixture.driver(language: .uzbek)
    var seen: [LanguageMode] = []
    for _ in 0..<4 {
      driver.press(.character("L"))
      seen.append(driver.state.language)
    }
    #expect(seen == [.english, .both, .cyrillic, .uzbek])
  }

  @Test func cyrillicModeTransliteratesTheCard() {
    var driver = Fixture.driver(language: .cyrillic)
    driver.press(.enter)
    let text = driver.screen.text
    #expect(text.contains("Электрон ҳукумат"))
    #expect(text.contains("ZRU-395"), "codes stay Latin")
  }

  @Test func resizeRelaysOutAndKeepsState() {
    var driver = Fixture.driver(120, 40)
    driver.press(.enter, .tab)
    driver.send(.resize(Size(width: 40, height: 12)))
    #expect(!driver.state.layout.isSplit)
    #expect(driver.state.layout.listBox.isEmpty)
    #expect(driver.state.document?.key.width == 36)
    #expect(driver.state.cardView?.focusedLink == 0)
    driver.press(.escape)
    #expect(driver.state.layout.cardBox.isEmpty, "narrow screens show one pane")
  }

  @Test func tooSmallShowsAMessageAndOnlyQuitWorks() {
    var driver = Fixture.driver(80, 24)
    driver.send(.resize(Size(width: 20, height: 6)))
    #expect(driver.state.layout.isTooSmall)
    #expect(driver.screen.text.contains("too small"))
    driver.press(.character("j"), .enter)
    #expect(driver.state.list.selected == 0)
    #expect(driver.state.focus == .list)
    driver.send(.resize(Size(width: 80, height: 24)))
    #expect(driver.screen.text.contains("Law “On Electronic Government”"))
    driver.press(.character("q"))
    #expect(!driver.state.isRunning)
  }

  @Test func renderingNeverCrashesAtAnySize() {
    var driver = Fixture.driver()
    driver.press(.enter, .tab)
    for width in [0, 1, 2, 5, 29, 30, 31, 45, 69, 70, 71, 200] {
      for height in [0, 1, 3, 7, 8, 9, 12, 60] {
        driver.send(.resize(Size(width: width, height: height)))
        let screen = driver.screen
        #expect(screen.textLines.count == height)
        #expect(screen.textLines.allSatisfy { TextLayout.width(of: $0) == width })
      }
    }
  }

  @Test func clickOnAListRowOpensItAndOnATabSwitches() {
    var driver = Fixture.driver(80, 24)
    let items = driver.state.layout.listItems
    driver.send(.mouse(MouseEvent(.press, x: items.x + 3, y: items.y + 1)))
    #expect(driver.state.displayedCardID == "act-informatization")
    #expect(driver.state.focus == .card)
    let strip = driver.screen.textLines[0]
    let column = strip.distance(
      from: strip.startIndex, to: strip.range(of: "Proposals")!.lowerBound)
    driver.send(.mouse(MouseEvent(.press, x: column, y: 0)))
    #expect(driver.state.tab == 3)
  }

  @Test func clickOnALinkFollowsIt() throws {
    var driver = Fixture.driver(120, 40)
    driver.press(.enter)
    let document = try #require(driver.state.document)
    let link = document.links[1]
    let body = driver.state.layout.cardBody
    driver.send(.mouse(MouseEvent(.press, x: body.x + 5, y: body.y + link.lines.lowerBound)))
    #expect(driver.state.displayedCardID == link.target)
  }

  @Test func wheelScrollsThePaneUnderThePointer() {
    var driver = Fixture.driver(80, 24)
    driver.press(.enter)
    let card = driver.state.layout.cardBody
    driver.send(.mouse(MouseEvent(.wheelDown, x: card.x + 1, y: card.y + 1)))
    #expect(driver.state.cardView?.scroll == 3)
    driver.send(.mouse(MouseEvent(.wheelUp, x: card.x + 1, y: card.y + 1)))
    #expect(driver.state.cardView?.scroll == 0)
  }
}
