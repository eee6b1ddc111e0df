import QomusCore
import QomusTUI
import Testing

/// The multi-line text of the note editor.
@Suite("Text area")
struct TextAreaTests {
  @Test func editsAcrossLines() {
    var area = TextArea("ab")
    area.apply(.newline)
    area.apply(.insert("c"))
    #expect(area.text == "ab\nc")
    area.apply(.cursorStart)
    area.apply(.deleteBackward)
    #expect(area.text == "abc", "Backspace at a line start joins the lines")
    #expect(area.row == 0 && area.column == 2)
    area.apply(.cursorEnd)
    area.apply(.deleteForward)
    #expect(area.text == "abc")
    area.apply(.cursorLeft)
    area.apply(.newline)
    area.apply(.moveUp)
    area.apply(.cursorEnd)
    area.apply(.deleteForward)
    #expect(area.text == "abc", "Delete at a line end joins the next line")
    area.apply(.insert(" "))
    area.apply(.insert("d"))
    #expect(area.text == "ab dc")
    area.apply(.deleteWord)
    #expect(area.text == "ab c")
    area.apply(.clearInput)
    #expect(area.text == "c", "Ctrl-U clears the line up to the cursor")
    let edited = area.apply(.open)
    #expect(!edited, "not an edit")
  }

  @Test func upAndDownKeepTheColumnWithinTheLine() {
    var area = TextArea("long line\nab")
    area.apply(.moveUp)
    #expect(area.row == 0 && area.column == 2)
    area.apply(.cursorEnd)
    area.apply(.moveDown)
    #expect(area.row == 1 && area.column == 2)
    area.apply(.moveDown)
    #expect(area.row == 1)
  }

  @Test func wrapsAtSpacesAndPlacesTheCursor() {
    let area = TextArea("one two three")
    let (rows, cursor) = area.layout(width: 9)
    #expect(rows.map { String(area.lines[$0.line][$0.range]) } == ["one two ", "three"])
    #expect(cursor.row == 1 && cursor.x == 5)
    let empty = TextArea("")
    #expect(empty.layout(width: 10).rows.count == 1)
    #expect(empty.isBlank)
  }
}

/// The editor keeps the cursor on screen, also after a resize.
@Suite("Note editor scrolling")
struct NoteEditorScrollTests {
  @Test func theCursorStaysVisible() {
    var driver = ViewFixture.driver(80, 24)
    driver.keys("e")
    for index in 0..<30 {
      driver.type("line \(index)")
      driver.press(.enter)
    }
    guard case .noteEditor(let editor) = driver.state.mode else {
      Issue.record("expected the editor")
      return
    }
    #expect(editor.scroll > 0)
    #expect(driver.screen.text.contains("line 29"))
    driver.send(.resize(Size(width: 60, height: 12)))
    #expect(driver.screen.text.contains("line 29"), "still in view after a resize")
  }

  @Test func theWheelMovesTheSelectionInAView() {
    var driver = ViewFixture.driver(80, 24)
    driver.keys("t")
    let before = driver.state.focusedCardID
    driver.send(.mouse(MouseEvent(.wheelDown, x: 10, y: 5)))
    #expect(driver.state.focusedCardID != before)
    driver.send(.mouse(MouseEvent(.wheelUp, x: 10, y: 5)))
    #expect(driver.state.focusedCardID == before)
  }
}
