import QomusCore
import QomusTUI
import Testing

/// The one key table behind update, help and the status bar.
@Suite("Key table")
struct KeyTableTests {
  @Test func noKeyIsBoundTwiceInAContext() {
    for context in KeyContext.allCases {
      let keys = KeyTable.bindings.filter { $0.context == context }.flatMap(\.keys)
      #expect(Set(keys).count == keys.count, "\(context)")
    }
  }

  @Test func textContextsTypeUnboundKeys() {
    #expect(KeyTable.command(for: .character("q"), in: [.search]) == .insert("q"))
    #expect(KeyTable.command(for: .character("q"), in: [.list, .global]) == .quit)
    #expect(KeyTable.command(for: .backspace, in: [.search]) == .deleteBackward)
    #expect(KeyTable.command(for: .backspace, in: [.list, .global]) == .back)
  }

  @Test func everyContextHasHintsAndHelp() {
    for contexts: [KeyContext] in [
      [.list, .global], [.card, .global], [.search], [.filter], [.help], [.present, .views],
      [.tours], [.matrix, .views], [.chain, .views], [.overview, .views], [.timeline, .views],
      [.notes, .views], [.notesSearch], [.noteEditor], [.confirm], [.quiz, .views], [.citation],
    ] {
      #expect(!KeyTable.hints(for: contexts).isEmpty, "\(contexts)")
    }
    let sections = KeyTable.sections()
    #expect(Set(sections.map(\.context)) == Set(KeyContext.allCases), "help lists every context")
    #expect(
      sections.prefix(7).map(\.context) == [.global, .list, .card, .cardLinks, .search, .filter, .views])
    #expect(
      sections.allSatisfy { $0.bindings.allSatisfy { !$0.help.en.isEmpty && !$0.help.uz.isEmpty } })
  }

  @Test func everyNewKeyIsInHelpAndTheViewsShowTheirKeys() {
    let listed = Set(KeyTable.sections().flatMap(\.bindings).map(\.command))
    for command: Command in [
      .present, .openMatrix, .openChain, .openOverview, .openTimeline, .openNotes, .openQuiz,
      .showCitation, .toggleStar, .editNote, .nextSlide, .previousSlide, .toggleLecturerNote,
      .moveLeft, .moveRight, .cycleSort, .switchSection, .answer(0), .newline, .save, .discard,
    ] {
      #expect(listed.contains(command), "\(command)")
    }
    var driver = ViewFixture.driver(120, 40)
    driver.keys("e")
    #expect(driver.screen.textLines[39].contains("Ctrl-S save"))
    driver.press(.escape)
    driver.keys("m")
    #expect(driver.screen.textLines[39].contains("←→↑↓ cell"))
    driver.press(.escape)
    driver.keys("o")
    #expect(driver.screen.textLines[39].contains("s sort"))
  }

  @Test func theStatusBarShowsTheHintsOfTheFocusedPane() {
    var driver = Fixture.driver(120, 40)
    #expect(driver.screen.textLines[39].contains("⏎ open"))
    driver.press(.enter)
    #expect(driver.screen.textLines[39].contains("⇥ link"))
    #expect(driver.screen.textLines[39].contains("EN"))
  }
}
