import QomusCore
import QomusTUI
import Testing

/// The timeline of acts and analogues.
@Suite("Timeline")
struct TimelineTests {
  @Test func listsByYearWithReplacedActsMarked() {
    var driver = ViewFixture.driver(120, 40)
    driver.keys("t")
    let lines = driver.screen.textLines
    let order = [
      "2001", "X-Road", "Korean act", "2003", "Informatization", "(2003)", "2015", "2022",
    ]
    var position = 0
    for needle in order {
      guard let found = lines.indices.first(where: { $0 >= position && lines[$0].contains(needle) })
      else {
        Issue.record("\(needle) missing after line \(position)")
        return
      }
      position = found
    }
    let replaced = lines.first { $0.contains("Law “On Electronic Digital Signature” (2003)") } ?? ""
    #expect(replaced.contains("replaced → Law “On Electronic Signature” (2022)"))
    #expect(driver.screen.text.contains("Timeline · 2001–2022"))
  }

  @Test func opensOnTheCurrentCardAndEnterOpensIt() {
    var driver = ViewFixture.driver()
    driver.press(.down)  // act-informatization
    driver.keys("t")
    #expect(driver.state.focusedCardID == "act-informatization")
    driver.press(.down)
    #expect(driver.state.focusedCardID == "act-sig-2003", "same day, ordered by id")
    driver.press(.enter)
    #expect(driver.state.history.current?.cardID == "act-sig-2003")
  }

  @Test func undatedCardsComeLast() {
    var driver = ViewFixture.driver()
    driver.keys("tG")
    #expect(
      driver.state.focusedCardID == "act-sig-2022", "every act and analogue of the fixture is dated"
    )
  }
}
