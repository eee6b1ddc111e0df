import QomusCore

/// The bottom line: the keys that apply now (from the key table), or a message; on the right the language and
/// the position in the list or card.
struct StatusBar: Widget {
  /// What the bar draws: the keys that apply now, or a message; the position and the language.
  struct Model {
    let hints: [KeyHint]
    let message: LocalizedText?
    /// `3/8` in the list, the percentage read in a card, or empty.
    let position: String
    let language: LanguageMode
  }

  let model: Model

  func render(in area: Rect, on screen: inout Screen) {
    screen.fill(area, role: .statusBar)
    let right = " " + model.position + "  " + model.language.label + " "
    let rightWidth = TextLayout.width(of: right)
    let room = area.width - rightWidth - 1
    if let message = model.message {
      screen.write(
        " " + model.language.text(message) + " ", x: area.x, y: area.y, role: .statusMessage,
        clip: Rect(x: area.x, y: area.y, width: max(0, room), height: 1))
    } else {
      var x = area.x + 1
      for hint in fittingHints(room: room - 1) {
        x = screen.write(hint.keys, x: x, y: area.y, role: .statusKey)
        x = screen.write(
          " " + model.language.text(hint.label) + "  ", x: x, y: area.y, role: .statusBar)
      }
    }
    if rightWidth <= area.width {
      screen.write(right, x: area.maxX - rightWidth, y: area.y, role: .statusBar, clip: area)
    }
  }

  /// The hints that fit in `room` columns, in table order: essential ones are kept first, minor ones dropped first.
  private func fittingHints(room: Int) -> [KeyHint] {
    let hints = model.hints
    let rank = { (index: Int) in
      let command = hints[index].command
      if let essential = KeyTable.essentialCommands.firstIndex(of: command) { return essential }
      return (KeyTable.minorCommands.contains(command) ? 100 : 10) + index
    }
    var used = 0
    var kept: Set<Int> = []
    for index in hints.indices.sorted(by: { rank($0) < rank($1) }) {
      let hint = hints[index]
      let width =
        TextLayout.width(of: hint.keys) + 1 + TextLayout.width(of: model.language.text(hint.label))
        + 2
      guard used + width <= room else { continue }
      used += width
      kept.insert(index)
    }
    return hints.indices.filter(kept.contains).map { hints[$0] }
  }
}
