import QomusCore
import QomusTUI
import Testing

/// Proposal chains and the proposals overview.
@Suite("Chains and overview")
struct ChainTests {
  @Test func cOnAProposalShowsItsChain() {
    var driver = ViewFixture.driver()
    driver.keys("4")
    driver.press(.down)  // prop-security
    driver.keys("c")
    guard case .chain(let chain) = driver.state.mode else {
      Issue.record("expected the chain, got \(driver.state.mode)")
      return
    }
    #expect(chain.proposalID == "prop-security")
    let text = driver.screen.text
    #expect(text.contains("◆ A law on information security"))
    #expect(text.contains("├─ Addresses ▸ Security under-regulated"))
    #expect(text.contains("│  └─ Concerns ▸ Law “On Informatization”"))
    #expect(text.contains("├─ Modelled on ▸ Korean act"))
    #expect(text.contains("└─ Would change ▸ Law “On Informatization”"))
  }

  @Test func walkingTheChainAndOpeningACard() {
    var driver = ViewFixture.driver()
    driver.keys("4")
    driver.press(.down)
    driver.keys("c")
    #expect(driver.state.focusedCardID == "prop-security")
    driver.press(.down)
    #expect(driver.state.focusedCardID == "def-security")
    driver.press(.down, .down)
    #expect(driver.state.focusedCardID == "ana-kr-act")
    driver.press(.down, .down)
    #expect(driver.state.focusedCardID == "act-informatization", "stops at the last row")
    driver.press(.enter)
    #expect(driver.state.modes == [.browse])
    #expect(driver.state.history.current?.cardID == "act-informatization")
  }

  @Test func cElsewhereExplains() {
    var driver = ViewFixture.driver()
    driver.keys("c")
    #expect(driver.state.mode == .browse)
    #expect(driver.state.message?.en == "Chains start at a proposal: o lists them")
  }

  @Test func theOverviewSortsAndKeepsTheSelection() {
    var driver = ViewFixture.driver()
    driver.keys("o")
    guard case .overview(let first) = driver.state.mode else {
      Issue.record("expected the overview")
      return
    }
    #expect(first.order == .article)
    #expect(driver.state.focusedCardID == "prop-code", "Takliflar 1 comes first")
    driver.press(.down)
    #expect(driver.state.focusedCardID == "prop-security")
    var orders: [ProposalOverview.Order] = []
    for _ in 0..<4 {
      driver.keys("s")
      if case .overview(let overview) = driver.state.mode { orders.append(overview.order) }
      #expect(driver.state.focusedCardID == "prop-security", "the selection follows the proposal")
    }
    #expect(orders == [.topic, .reach, .title, .article])
    driver.keys("s")
    #expect(driver.screen.text.contains("Information security"), "topic order heads the groups")
    #expect(driver.state.message?.en == "Sorted: by topic")
  }

  @Test func chainFromTheOverviewReturnsToIt() {
    var driver = ViewFixture.driver()
    driver.keys("o")
    driver.press(.down)
    driver.keys("c")
    guard case .chain(let chain) = driver.state.mode else {
      Issue.record("expected the chain")
      return
    }
    #expect(chain.proposalID == "prop-security")
    driver.press(.escape)
    guard case .overview = driver.state.mode else {
      Issue.record("Esc returns to the overview")
      return
    }
    #expect(driver.state.focusedCardID == "prop-security")
  }

  @Test func theOverviewSaysWhatEachProposalRestsOn() {
    var driver = ViewFixture.driver(120, 40)
    driver.keys("o")
    let text = driver.screen.text
    #expect(text.contains("3.  A law on information security"))
    #expect(text.contains("Fixes: Security under-regulated"))
    #expect(text.contains("models: KR · would change: 1 · Information security"))
  }
}
