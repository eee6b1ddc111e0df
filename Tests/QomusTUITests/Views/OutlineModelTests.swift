import Foundation
import QomusCore
import Testing

@testable import QomusTUI

/// The outline models of the list-like views: built once per change of what they show, read by moves.
@Suite("Outline models")
struct OutlineModelTests {
  /// The builds made while `body` runs.
  private func builds(_ body: () -> Void) -> Int {
    let counter = OutlineModel.BuildCounter()
    OutlineModel.$builds.withValue(counter) { body() }
    return counter.count
  }

  @Test func movingAndDrawingDoNotRebuildTheTimeline() {
    var driver = ViewFixture.driver()
    #expect(builds { driver.keys("t") } == 1, "opening builds it once")
    #expect(
      builds {
        driver.press(.down, .down, .up, .pageDown, .end, .home)
        _ = driver.screen
        _ = driver.state.focusedCardID
      } == 0)
    #expect(driver.state.focusedCardID == "ana-ee-xroad", "X-Road heads the fixture’s 2001")
  }

  @Test func whatItShowsChangingRebuildsItOnce() {
    var driver = ViewFixture.driver()
    driver.keys("t")
    #expect(builds { driver.keys("L") } == 1, "the language")
    #expect(builds { driver.send(.resize(Size(width: 100, height: 30))) } == 1, "the width")
    #expect(builds { driver.send(.command(.toggleStar)) } == 1, "a star")
    #expect(builds { driver.send(.resize(Size(width: 100, height: 40))) } == 0, "only taller")
  }

  @Test func aNoteTakesItsHeadAndUpToTwoLines() {
    let long = String(repeating: "word ", count: 40)  // 200 columns: more than two lines of 73
    let user = UserSnapshot(notes: [
      UserNote(cardID: "act-egov", text: long, created: ViewFixture.date, updated: ViewFixture.date),
      UserNote(
        cardID: "act-informatization", text: "Short.", created: ViewFixture.date,
        updated: ViewFixture.date),
    ])
    var state = ViewFixture.state(user: user)
    _ = state.apply(.command(.openNotes))
    _ = state.apply(.command(.switchSection))
    guard let outline = state.mode.outline else {
      Issue.record("no outline in \(state.mode)")
      return
    }
    // 80 columns: the frame's content is 76 wide, a note's text 73 after its indent.
    #expect(outline.key.width == 76)
    #expect(outline.items.map(\.lines) == [0..<3, 4..<6], "a blank line after each note")
    #expect(outline.items.map(\.cardID) == ["act-egov", "act-informatization"])
    #expect(outline.rows.count == 7)
  }
}
