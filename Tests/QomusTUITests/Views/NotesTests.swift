import Foundation
import QomusCore
import QomusTUI
import Testing

/// Stars and notes: effects, the store round trip, the editor, the notes view and its search.
@Suite("Stars and notes")
struct NotesTests {
  @Test func sStarsTheCurrentCardAsAnEffect() {
    var state = ViewFixture.state()
    let effect = state.apply(.key(.character("s")))
    #expect(effect == .store(.star("act-egov")))
    #expect(state.user.isStarred("act-egov"), "shown at once")
    #expect(View.render(state).text.contains("2015 ★ Law “On"))
    let again = state.apply(.key(.character("s")))
    #expect(again == .store(.unstar("act-egov")))
    #expect(!state.user.isStarred("act-egov"))
  }

  @Test func aReadOnlyStoreSaysSoOnceAndSavesNothing() {
    var state = ViewFixture.state(
      status: .readOnly(reason: .notWritable(path: "/x")))
    #expect(state.message?.en.contains("read-only") == true, "said at start")
    _ = state.apply(.key(.down))
    #expect(state.message == nil, "once")
    let effect = state.apply(.key(.character("s")))
    #expect(effect == nil)
    #expect(!state.user.isStarred("act-informatization"))
    #expect(state.message?.en == "Cannot save: the user data is read-only")
    _ = state.apply(.key(.character("e")))
    #expect(state.mode == .browse, "no editor when nothing can be saved")
    _ = state.apply(.key(.character("t")))
    guard case .timeline = state.mode else {
      Issue.record("the views still work")
      return
    }
  }

  @Test func starsAndNotesSurviveARestart() throws {
    let (store, directory) = try ViewFixture.temporaryStore()
    defer { try? FileManager.default.removeItem(at: directory) }
    var driver = ViewFixture.driver(store: store)
    driver.keys("s")
    driver.keys("e")
    driver.type("Remember")
    driver.press(.control("s"))
    #expect(driver.state.message?.en == "✎ Note saved")
    #expect(try store.isStarred("act-egov"))
    #expect(try store.note(on: "act-egov")?.text == "Remember")

    let reopened = try UserStore.open(directory: directory)
    let restarted = ViewFixture.driver(store: reopened)
    #expect(restarted.state.user.isStarred("act-egov"))
    #expect(restarted.state.user.note(on: "act-egov")?.text == "Remember")
    let text = restarted.screen.text
    #expect(text.contains("2015 ★ Law “On"))
    #expect(text.contains("★ act · act-egov ✎"))
  }

  @Test func aFailedWriteIsReportedAndTheStoreDecides() {
    var state = ViewFixture.state()
    _ = state.apply(.key(.character("s")))
    let failure = UserStoreError.writeFailed(path: "/x/user.sqlite", reason: "disk full")
    _ = state.apply(.storeChanged(UserSnapshot(), failure: failure))
    #expect(!state.user.isStarred("act-egov"), "the store's copy wins")
    #expect(state.message?.en == "Not saved: could not save to '/x/user.sqlite' (nothing was changed): disk full")
  }

  @Test func theEditorTypesLinesAndSavesWithCtrlS() {
    var state = ViewFixture.state()
    _ = state.apply(.key(.character("e")))
    guard case .noteEditor(let editor) = state.mode else {
      Issue.record("expected the editor")
      return
    }
    #expect(editor.cardID == "act-egov")
    for key: Key in [.character("a"), .enter, .character("b"), .character("q")] {
      _ = state.apply(.key(key))
    }
    #expect(state.keyContexts == [.noteEditor], "q is typed, not quit")
    let effect = state.apply(.key(.control("s")))
    #expect(effect == .store(.saveNote(cardID: "act-egov", text: "a\nbq")))
    #expect(state.mode == .browse)
    #expect(state.user.note(on: "act-egov")?.text == "a\nbq")
    _ = state.apply(.key(.enter))
    #expect(state.document?.lines.contains { $0.map(\.text).joined().contains("My note") } == true)
  }

  @Test func escAsksBeforeDroppingChanges() {
    var state = ViewFixture.state()
    _ = state.apply(.key(.character("e")))
    _ = state.apply(.key(.escape))
    #expect(state.mode == .browse, "no changes: Esc just closes")
    _ = state.apply(.key(.character("e")))
    _ = state.apply(.key(.character("x")))
    _ = state.apply(.key(.escape))
    #expect(state.keyContexts == [.confirm])
    #expect(View.render(state).text.contains("Save your changes?"))
    _ = state.apply(.key(.escape))
    #expect(state.keyContexts == [.noteEditor], "Esc goes back to editing")
    _ = state.apply(.key(.escape))
    #expect(state.apply(.key(.character("n"))) == nil)
    #expect(state.mode == .browse)
    #expect(state.user.note(on: "act-egov") == nil, "n discards")
    _ = state.apply(.key(.character("e")))
    _ = state.apply(.key(.character("y")))
    _ = state.apply(.key(.escape))
    #expect(state.apply(.key(.character("y"))) == .store(.saveNote(cardID: "act-egov", text: "y")))
  }

  @Test func anEmptiedNoteIsRemoved() {
    var state = ViewFixture.state(
      user: UserSnapshot(notes: [
        UserNote(
          cardID: "act-egov", text: "ab", created: ViewFixture.date, updated: ViewFixture.date)
      ]))
    _ = state.apply(.key(.character("e")))
    _ = state.apply(.key(.backspace))
    _ = state.apply(.key(.backspace))
    #expect(state.apply(.key(.control("s"))) == .store(.removeNote(cardID: "act-egov")))
    #expect(state.user.note(on: "act-egov") == nil)
  }

  static let user = UserSnapshot(
    bookmarks: [
      Bookmark(cardID: "prop-code", created: ViewFixture.date),
      Bookmark(cardID: "ana-ee-xroad", created: ViewFixture.date),
    ],
    notes: [
      UserNote(
        cardID: "ana-kr-act", text: "Korea: several acts, not one code.\nCheck gov.kr.",
        created: ViewFixture.date, updated: ViewFixture.date),
      UserNote(
        cardID: "act-egov", text: "Oʻzbek tilidagi qayd: 2015-yil, 2022 emas.",
        created: ViewFixture.date, updated: ViewFixture.date),
    ])

  @Test func theNotesViewListsStarsAndNotesAndOpens() {
    var driver = ExplorerDriver(state: ViewFixture.state(user: Self.user), search: Fixture.search)
    driver.keys("n")
    #expect(driver.state.focusedCardID == "prop-code")
    let text = driver.screen.text
    #expect(text.contains("★ Starred 2"))
    #expect(text.contains("✎ Notes 2"))
    driver.press(.tab)
    #expect(driver.state.focusedCardID == "ana-kr-act")
    #expect(driver.screen.text.contains("Korea: several acts, not one code. Check gov.kr."))
    driver.press(.down, .enter)
    #expect(driver.state.modes == [.browse])
    #expect(driver.state.history.current?.cardID == "act-egov")
  }

  @Test func notesAreSearchableWithAnyApostrophe() {
    var driver = ExplorerDriver(state: ViewFixture.state(user: Self.user), search: Fixture.search)
    driver.keys("n/")
    #expect(driver.state.keyContexts == [.notesSearch])
    driver.type("o'zbek")
    #expect(driver.state.focusedCardID == "act-egov")
    #expect(driver.screen.text.contains("✎ Notes 1/2"))
    driver.press(.enter)
    #expect(driver.state.keyContexts == [.notes, .views])
    driver.keys("/")
    driver.press(.control("u"))
    driver.type("gov.kr korea")
    #expect(driver.state.focusedCardID == "ana-kr-act")
    driver.type(" nothing")
    #expect(driver.state.focusedCardID == nil)
    #expect(driver.screen.text.contains("No matches"))
    driver.press(.escape)
    #expect(driver.screen.text.contains("✎ Notes 2"))
  }

  @Test func editingAndStarringFromTheNotesView() {
    var state = ViewFixture.state(user: Self.user)
    _ = state.apply(.key(.character("n")))
    let effect = state.apply(.key(.character("s")))
    #expect(effect == .store(.unstar("prop-code")), "s acts on the selected item")
    _ = state.apply(.key(.tab))
    _ = state.apply(.key(.character("e")))
    guard case .noteEditor(let editor) = state.mode else {
      Issue.record("expected the editor")
      return
    }
    #expect(editor.cardID == "ana-kr-act")
    #expect(editor.area.text == "Korea: several acts, not one code.\nCheck gov.kr.")
  }
}
