import QomusCore
import QomusTUI
import Testing

/// The views as golden text files, on the view fixture.
@Suite("View snapshots")
struct ViewSnapshotTests {
  static let sizes = [(80, 24), (120, 40)]

  @Test(arguments: [(80, 24), (200, 50)])
  func slide(width: Int, height: Int) {
    var driver = ViewFixture.driver(width, height)
    driver.keys("p")
    driver.press(.enter)
    Snapshot.check(driver.screen, "slide-\(width)x\(height)")
    driver.keys("n")
    Snapshot.check(driver.screen, "slide-note-\(width)x\(height)")
  }

  /// The presenter's screen, its projector connected five minutes ago, on the first slide of intro.
  @Test(arguments: [(80, 24), (120, 40)])
  func presenterScreen(width: Int, height: Int) {
    var state = ViewFixture.state(width, height)
    state.present("intro", quitsOnLeave: true, role: .presenter)
    var driver = ExplorerDriver(state: state, search: Fixture.search)
    driver.send(.presenter(.linked(true)))
    driver.send(.presenter(.clock(seconds: 300)))
    Snapshot.check(driver.screen, "presenter-\(width)x\(height)")
  }

  @Test func endSlide() {
    var driver = ViewFixture.driver(80, 24)
    driver.keys("p")
    driver.press(.enter)
    driver.keys("G ")
    Snapshot.check(driver.screen, "slide-end-80x24")
  }

  @Test func slideWithBigLettersInUzbek() {
    var driver = ViewFixture.driver(80, 24, language: .uzbek)
    driver.keys("2p")
    driver.press(.enter)
    Snapshot.check(driver.screen, "slide-uz-80x24")
  }

  @Test(arguments: sizes)
  func tourPicker(width: Int, height: Int) {
    var driver = ViewFixture.driver(width, height)
    driver.keys("p")
    Snapshot.check(driver.screen, "tours-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func matrix(width: Int, height: Int) {
    var driver = ViewFixture.driver(width, height)
    driver.keys("m")
    driver.press(.down, .right)
    Snapshot.check(driver.screen, "matrix-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func chain(width: Int, height: Int) {
    var driver = ViewFixture.driver(width, height)
    driver.keys("4")
    driver.press(.down)
    driver.keys("c")
    driver.press(.down)
    Snapshot.check(driver.screen, "chain-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func overview(width: Int, height: Int) {
    var driver = ViewFixture.driver(width, height)
    driver.keys("os")
    Snapshot.check(driver.screen, "overview-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func timeline(width: Int, height: Int) {
    var driver = ViewFixture.driver(width, height)
    driver.keys("t")
    driver.press(.down, .down)
    Snapshot.check(driver.screen, "timeline-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func notesList(width: Int, height: Int) {
    var driver = ExplorerDriver(
      state: ViewFixture.state(width, height, user: NotesTests.user), search: Fixture.search)
    driver.keys("n")
    Snapshot.check(driver.screen, "stars-\(width)x\(height)")
    driver.press(.tab)
    Snapshot.check(driver.screen, "notes-\(width)x\(height)")
    driver.keys("/")
    driver.type("korea")
    Snapshot.check(driver.screen, "notes-search-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func noteEditor(width: Int, height: Int) {
    var driver = ViewFixture.driver(width, height, language: .uzbek)
    driver.keys("e")
    driver.type("Maqola qonunni 2022-yil deydi, aslida 2015-yil 9-dekabr.")
    driver.press(.enter)
    driver.type("Tekshirish: lex.uz")
    Snapshot.check(driver.screen, "note-editor-\(width)x\(height)")
    driver.press(.escape)
    Snapshot.check(driver.screen, "note-editor-confirm-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func quiz(width: Int, height: Int) throws {
    var driver = ViewFixture.driver(width, height)
    driver.keys("Q")
    Snapshot.check(driver.screen, "quiz-question-\(width)x\(height)")
    guard case .quiz(let quiz) = driver.state.mode, let question = quiz.session?.current else {
      Issue.record("no quiz")
      return
    }
    let wrong = (question.answerIndex + 1) % question.options.count
    driver.press(.character(Character(String(wrong + 1))))
    Snapshot.check(driver.screen, "quiz-feedback-\(width)x\(height)")
    driver.press(.enter)
    driver.keys("q")
    Snapshot.check(driver.screen, "quiz-summary-\(width)x\(height)")
  }

  @Test func citation() {
    var driver = ViewFixture.driver(80, 24)
    driver.keys("y")
    Snapshot.check(driver.screen, "citation-80x24")
  }

  @Test func everyViewRendersAtAnySize() {
    for keys in ["p\n", "m", "o", "t", "n", "Q", "y", "e", "4c", "p"] {
      var driver = ViewFixture.driver(120, 40)
      for character in keys {
        driver.press(character == "\n" ? .enter : .character(character))
      }
      for width in [0, 1, 5, 29, 30, 45, 69, 80, 200] {
        for height in [0, 3, 8, 9, 12, 24, 60] {
          driver.send(.resize(Size(width: width, height: height)))
          let screen = driver.screen
          #expect(screen.textLines.count == height, "\(keys) at \(width)×\(height)")
          #expect(
            screen.textLines.allSatisfy { TextLayout.width(of: $0) == width },
            "\(keys) at \(width)×\(height)")
        }
      }
    }
  }
}
