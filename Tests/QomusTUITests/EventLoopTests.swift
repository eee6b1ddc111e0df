import QomusCore
import QomusTUI
import Testing

/// The event loop on the headless backend: the same loop the terminal runs.
@Suite("Event loop")
struct EventLoopTests {
  @Test func runsAScriptAndStopsOnQuit() {
    let terminal = HeadlessTerminal(
      size: Size(width: 80, height: 24),
      events: [
        .key(.down), .key(.enter), .resize(Size(width: 100, height: 30)), .key(.character("q")),
        .key(.up),
      ])
    var driver = Fixture.driver()
    let ending = Explorer.loop(terminal: terminal, driver: &driver)
    #expect(ending == .quit)
    #expect(!driver.state.isRunning)
    #expect(driver.state.size == Size(width: 100, height: 30))
    #expect(terminal.frames >= 1)
    #expect(!terminal.isAtEnd, "keys after q are not read")
  }

  @Test func aSignalEndsTheLoop() {
    let terminal = HeadlessTerminal(
      size: Size(width: 80, height: 24), events: [.key(.down), .key(.down)])
    var driver = Fixture.driver()
    let ending = Explorer.loop(terminal: terminal, driver: &driver, signals: { 15 })
    #expect(ending == .signal(15))
  }

  @Test func theLastFrameMatchesTheState() {
    let terminal = HeadlessTerminal(
      size: Size(width: 80, height: 24), events: [.key(.character("j"))])
    var driver = Fixture.driver()
    _ = Explorer.loop(terminal: terminal, driver: &driver)
    #expect(terminal.screen == driver.screen)
    #expect(driver.state.displayedCardID == "act-informatization")
  }
}
