extension AppState {
  /// Types pasted `text` into the text field in focus: the note editor keeps its line breaks; one-line fields
  /// (search, filter) get one space for each run of line breaks, tabs and spaces. Outside a text field a
  /// paste does nothing, so pasted letters never act as keys.
  mutating func paste(_ text: String) -> Effect? {
    guard let context = keyContexts.first, context.takesText else { return nil }
    var effect: Effect?
    if context == .noteEditor {
      for character in text {
        let command: Command? =
          character.isNewline ? .newline : character.isPrintable ? .insert(character) : nil
        if let command, let produced = perform(command) { effect = produced }
      }
      return effect
    }
    for character in Self.oneLine(text) {
      if let produced = perform(.insert(character)) { effect = produced }
    }
    return effect
  }

  /// `text` on one line: runs of whitespace (line breaks and tabs included) become one space, control
  /// characters are dropped, and the ends are trimmed.
  static func oneLine(_ text: String) -> String {
    var result = ""
    var pendingSpace = false
    for character in text {
      if character.isWhitespace {
        pendingSpace = !result.isEmpty
      } else if character.isPrintable {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(character)
      }
    }
    return result
  }
}

extension Character {
  /// Not a control character (C0, DEL, C1).
  fileprivate var isPrintable: Bool {
    guard let scalar = unicodeScalars.first else { return false }
    return !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
  }
}
