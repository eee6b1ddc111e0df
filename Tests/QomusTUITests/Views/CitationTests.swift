import QomusCore
import QomusTUI
import Testing

/// The citation overlay.
@Suite("Citation")
struct CitationTests {
  @Test func yShowsTheCardsCitationAndEscClosesIt() throws {
    var driver = ViewFixture.driver(120, 40)
    driver.keys("y")
    #expect(driver.state.mode == .citation(cardID: "act-egov", scroll: 0))
    let card = try #require(ViewFixture.corpus["act-egov"])
    let plain = Citation(card: card, in: ViewFixture.corpus).text(.plain, language: .en)
    let text = driver.screen.text.replacingOccurrences(of: "\n", with: " ")
    #expect(text.contains("@misc{qomus:act-egov,"))
    for word in plain.split(separator: " ").prefix(6) { #expect(text.contains(word)) }
    driver.press(.escape)
    #expect(driver.state.mode == .browse)
  }

  @Test func citesTheCardSelectedInAView() {
    var driver = ViewFixture.driver()
    driver.keys("o")
    driver.press(.down)
    driver.keys("y")
    #expect(driver.state.mode == .citation(cardID: "prop-security", scroll: 0))
    driver.press(.escape)
    guard case .overview = driver.state.mode else {
      Issue.record("Esc returns to the view")
      return
    }
  }
}
