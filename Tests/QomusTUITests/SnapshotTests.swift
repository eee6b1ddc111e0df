import QomusCore
import QomusTUI
import Testing

/// The main screens at 80×24 and 120×40, on the fixture corpus, as golden text files.
@Suite("Snapshots")
struct SnapshotTests {
  static let sizes = [(80, 24), (120, 40)]

  @Test(arguments: sizes)
  func listInUzbek(width: Int, height: Int) {
    let driver = Fixture.driver(width, height, language: .uzbek)
    Snapshot.check(driver.screen, "list-uz-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func cardWithNoteAndMarkdown(width: Int, height: Int) {
    var driver = Fixture.driver(width, height)
    driver.press(.enter)
    Snapshot.check(driver.screen, "card-en-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func focusedLinkAndBacklinks(width: Int, height: Int) {
    var driver = Fixture.driver(width, height)
    driver.press(.enter, .tab, .tab)
    Snapshot.check(driver.screen, "card-links-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func searchResults(width: Int, height: Int) {
    var driver = Fixture.driver(width, height)
    driver.press(.character("/"))
    driver.type("law")
    driver.press(.down)
    Snapshot.check(driver.screen, "search-\(width)x\(height)")
  }

  /// A card opened from search, the query's words marked in its title, summary and body.
  @Test(arguments: sizes)
  func cardOpenedFromSearch(width: Int, height: Int) {
    var driver = Fixture.driver(width, height)
    driver.press(.character("/"))
    driver.type("framework law")
    driver.press(.enter)
    Snapshot.check(driver.screen, "search-opened-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func helpOverlay(width: Int, height: Int) {
    var driver = Fixture.driver(width, height)
    driver.press(.character("?"))
    Snapshot.check(driver.screen, "help-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func bothLanguagesSideBySide(width: Int, height: Int) {
    var driver = Fixture.driver(width, height, language: .both)
    driver.press(.enter)
    Snapshot.check(driver.screen, "both-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func cyrillic(width: Int, height: Int) {
    var driver = Fixture.driver(width, height, language: .cyrillic)
    driver.press(.enter)
    Snapshot.check(driver.screen, "cyrillic-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func filterBeingTyped(width: Int, height: Int) {
    var driver = Fixture.driver(width, height)
    driver.press(.character("\\"))
    driver.type("inform")
    Snapshot.check(driver.screen, "filter-\(width)x\(height)")
  }

  @Test func narrowListAndCard() {
    var driver = Fixture.driver(40, 12)
    Snapshot.check(driver.screen, "narrow-list-40x12")
    driver.press(.enter)
    Snapshot.check(driver.screen, "narrow-card-40x12")
  }

  @Test func tooSmall() {
    let driver = Fixture.driver(20, 6)
    Snapshot.check(driver.screen, "too-small-20x6")
  }

  @Test func controlCharactersFromContentAreVisible() {
    var driver = Fixture.driver(120, 40)
    driver.press(.character("5"), .enter)
    let cells = driver.screen.cells.map(\.character)
    #expect(
      !cells.contains {
        $0.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
      })
    #expect(driver.screen.text.contains("␛[31m with a bell␇"))
    Snapshot.check(driver.screen, "control-characters-120x40")
  }
}
