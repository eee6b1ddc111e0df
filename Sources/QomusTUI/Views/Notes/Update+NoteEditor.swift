import Foundation

extension AppState {
  /// Editing a note: typing, Ctrl-S to save, Esc to close (asking first when there are changes).
  mutating func noteEditorCommand(_ command: Command, _ editor: NoteEditorState) -> Effect? {
    var editor = editor
    if editor.isConfirming {
      switch command {
      case .save: return saveNote(editor)
      case .discard: popMode()
      case .cancel:
        editor.isConfirming = false
        mode = .noteEditor(editor)
      default: break
      }
      return nil
    }
    switch command {
    case .save: return saveNote(editor)
    case .cancel:
      if editor.isChanged {
        editor.isConfirming = true
        mode = .noteEditor(editor)
      } else {
        popMode()
      }
    default:
      guard editor.area.apply(command) else { return nil }
      editor.reveal(in: NoteEditorFrame(layout: layout))
      mode = .noteEditor(editor)
    }
    return nil
  }

  /// Closes the editor and saves the note; an emptied note is removed.
  private mutating func saveNote(_ editor: NoteEditorState) -> Effect? {
    popMode()
    guard editor.isChanged else { return nil }
    let text = editor.area.text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard storeStatus.canWrite else {
      message = storeStatus.refusal
      return nil
    }
    if text.isEmpty {
      user = user.settingNote(editor.cardID, nil)
      message = Strings.noteRemoved
      return .store(.removeNote(cardID: editor.cardID))
    }
    user = user.settingNote(editor.cardID, text)
    message = Strings.noteSaved
    return .store(.saveNote(cardID: editor.cardID, text: text))
  }
}

extension NoteEditorState {
  /// Scrolls so the cursor is on screen.
  mutating func reveal(in frame: NoteEditorFrame) {
    let visible = max(1, frame.text.height)
    let (rows, cursor) = area.layout(width: frame.text.width)
    scroll = Scroll.reveal(
      cursor.row..<(cursor.row + 1), offset: scroll, visible: visible, total: rows.count)
  }
}
