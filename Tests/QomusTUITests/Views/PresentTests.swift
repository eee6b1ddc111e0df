import QomusCore
import QomusTUI
import Testing

/// Presentation mode: picking a tour, moving through slides, the lecturer note, opening a card, leaving.
@Suite("Present")
struct PresentTests {
  /// The driver presenting the tour `intro` from its first slide.
  func presenting() -> ExplorerDriver {
    var driver = ViewFixture.driver()
    driver.keys("2")  // the analogues tab: ana-ee-xroad is selected, which only the short tour shows
    driver.keys("p")
    driver.press(.up, .enter)
    return driver
  }

  @Test func pOffersTheTourOfTheCurrentCard() {
    var driver = ViewFixture.driver()
    driver.keys("2p")
    #expect(
      driver.state.mode == .tours(ListState(selected: 1)), "ana-ee-xroad is on the short tour")
    driver.press(.escape)
    driver.keys("1p")
    #expect(driver.state.mode == .tours(ListState(selected: 0)), "act-egov is on the intro tour")
  }

  @Test func enterPresentsFromTheCurrentCardsStop() {
    var driver = ViewFixture.driver()
    driver.keys("2")
    driver.press(.down)  // ana-kr-act, the second stop of intro
    driver.keys("p")
    #expect(driver.state.mode == .tours(ListState(selected: 0)))
    driver.press(.enter)
    #expect(driver.state.mode == .present(PresentState(tourID: "intro", index: 1)))
    #expect(driver.state.focusedCardID == "ana-kr-act")
    #expect(driver.state.lastTourID == "intro")
  }

  @Test func spaceArrowsAndBackspaceMoveThroughTheSlides() {
    var driver = presenting()
    #expect(driver.state.mode == .present(PresentState(tourID: "intro", index: 0)))
    driver.press(.character(" "))
    driver.press(.right)
    #expect(driver.state.focusedCardID == "prop-code")
    driver.press(.right)
    #expect(driver.state.presentation?.index == 3, "past the last stop: the end slide")
    #expect(driver.state.focusedCardID == nil)
    driver.press(.right)
    #expect(
      driver.state.message
        == LocalizedText(uz: "Tur tugadi: q — chiqish, ← — orqaga", en: "The tour is over: q leaves, ← goes back"))
    #expect(driver.state.isRunning)
    driver.press(.backspace)
    #expect(driver.state.focusedCardID == "prop-code")
    driver.press(.backspace)
    driver.press(.left)
    driver.press(.character("h"))
    #expect(driver.state.focusedCardID == "act-egov")
    #expect(driver.state.message != nil, "the first slide says so")
    driver.keys("G")
    #expect(driver.state.focusedCardID == "prop-code")
  }

  @Test func aNumberThenEnterJumpsToThatSlide() {
    var driver = presenting()
    driver.keys("3")
    #expect(driver.screen.text.contains("→ 3 ⏎"), "the footer shows the number typed")
    driver.press(.enter)
    #expect(driver.state.presentation?.index == 2)
    #expect(driver.state.modes.count == 2, "Enter after a number jumps; it does not open the card")
    driver.keys("12")
    driver.press(.backspace)
    #expect(driver.state.presentation?.typedNumber == 1, "Backspace takes back a digit")
    driver.press(.enter)
    #expect(driver.state.presentation?.index == 0)
    driver.keys("4")
    driver.press(.enter)
    #expect(driver.state.presentation?.index == 3, "4 of a 3-stop tour is the end slide")
    driver.keys("9")
    driver.press(.enter)
    #expect(driver.state.presentation?.index == 3)
    #expect(driver.state.message?.en == "There is no slide 9: 1–3, and 4 is the end")
    driver.keys("2")
    driver.press(.escape)
    #expect(driver.state.presentation?.typedNumber == nil, "Esc forgets the number")
    #expect(driver.state.presentation?.index == 3)
    driver.press(.left, .enter)
    #expect(driver.state.modes == [.browse], "then Enter opens the card as ever")
  }

  @Test func theEndSlideClosesTheTourAndPromisesNoNextSlide() {
    var driver = presenting()
    driver.keys("G")
    #expect(driver.screen.text.contains("Space next"), "on the last stop Space still goes on, to the end")
    driver.press(.character(" "))
    let text = driver.screen.text
    #expect(text.contains("3/3 ✓"))
    #expect(text.contains("Introduction"))
    #expect(text.contains("3 slides"))
    #expect(!text.contains("Space next") && !text.contains("n note") && !text.contains("⏎ card"))
    #expect(text.contains("← back") && text.contains("q leave"))
    driver.keys("n")
    driver.press(.enter)
    #expect(driver.state.presentation?.index == 3, "the end slide has no note or card to open")
  }

  @Test func theLecturerNoteIsHiddenUntilAskedFor() {
    var driver = presenting()
    #expect(!driver.screen.text.contains("Point out the date slip."))
    driver.keys("n")
    #expect(driver.screen.text.contains("Point out the date slip."))
    #expect(driver.screen.text.contains("Lecturer note"))
    driver.keys("n")
    #expect(!driver.screen.text.contains("Point out the date slip."))
  }

  @Test func theSlideShowsProgressTitleSummaryAndKeyPoints() {
    let driver = presenting()
    let text = driver.screen.text
    #expect(text.contains("1/3"))
    #expect(text.contains("The framework law of e-government in Uzbekistan."))
    #expect(text.contains("▸ ZRU-395 · adopted 2015-12-09 · effective 2016-06-10"))
    #expect(text.contains("ACT · UZBEKISTAN · IN FORCE"))
    #expect(!text.contains("Qomus │"), "slides take the whole screen")
  }

  @Test func enterOpensTheCardInTheExplorer() {
    var driver = presenting()
    driver.press(.right, .enter)
    #expect(driver.state.modes == [.browse])
    #expect(driver.state.history.current?.cardID == "ana-kr-act")
    #expect(driver.state.focus == .card)
    driver.keys("p")
    driver.press(.enter)
    #expect(
      driver.state.mode == .present(PresentState(tourID: "intro", index: 1)),
      "p then Enter comes back to the same slide")
  }

  @Test func qLeavesThePresentationAndTheStandaloneOneQuits() {
    var driver = presenting()
    driver.keys("q")
    #expect(driver.state.modes == [.browse])
    #expect(driver.state.isRunning)

    var state = ViewFixture.state()
    state.present("intro", quitsOnLeave: true)
    var standalone = ExplorerDriver(state: state, search: Fixture.search)
    standalone.keys("q")
    #expect(!standalone.state.isRunning)
  }

  /// In front of a class, only q leaves: Esc, Alt+key and End (decoded, not read as Esc) keep the talk going.
  @Test func strayKeysNeverEndATalk() {
    var state = ViewFixture.state()
    state.present("intro", quitsOnLeave: true)
    var driver = ExplorerDriver(state: state, search: Fixture.search)
    driver.press(.escape)
    #expect(driver.state.isRunning)
    #expect(driver.screen.text.contains("Only q leaves the presentation"), "the footer says how to leave")
    driver.press(.alt("x"), .alt("b"), .character("x"), .control("x"))
    #expect(driver.state.isRunning)
    driver.press(.end)
    #expect(driver.state.isRunning)
    guard case .present(let present) = driver.state.mode else {
      Issue.record("left the presentation")
      return
    }
    #expect(present.index == 2, "End goes to the last slide of intro's three")
  }

  @Test func languageSwitchesTheSlide() {
    var driver = presenting()
    driver.keys("L")
    #expect(driver.screen.text.contains("Elektron hukumatning asosiy qonuni."))
    #expect(driver.screen.text.contains("HUJJAT · OʻZBEKISTON · AMALDA"))
  }

  @Test func aStoppedCardIsLeftOut() {
    var state = ViewFixture.state()
    #expect(state.catalog.stops(ofTour: "intro").count == 3)
    state.present("nope")
    #expect(state.mode == .browse)
    #expect(state.message != nil)
  }
}
