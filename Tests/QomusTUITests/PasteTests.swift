import QomusTUI
import Testing

/// Pasted text (bracketed paste) goes into the text field in focus, on one line there; elsewhere it is ignored.
@Suite("Paste")
struct PasteTests {
  @Test func aTwoLinePasteIntoSearchIsOneLineWithASpaceBetween() {
    var driver = Fixture.driver()
    driver.press(.character("/"))
    driver.send(.paste("elektron\nhukumat\t qonuni\r\n"))
    #expect(driver.state.search?.query == "elektron hukumat qonuni")
  }

  @Test func aPasteOutsideATextFieldDoesNothing() {
    var driver = Fixture.driver()
    let before = driver.state
    driver.send(.paste("q"))
    #expect(driver.state.isRunning, "a pasted q is not the quit key")
    #expect(driver.state.mode == before.mode)
  }
}
