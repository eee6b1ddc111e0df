import QomusCore

/// The presenter's screen (`qomus present --presenter`), on the lecturer's own terminal while the projector shows
/// the slides: the position and the time since the pair met, in big digits when there is room, the current slide's
/// title and its lecturer note as plain wrapped text, and the next slide's title; the keys and `3/10 · 12:05` at
/// the bottom.
struct PresenterView: Widget {
  /// What the presenter's screen draws, every text already in the reader's script.
  struct Model {
    let tourTitle: String
    /// `3/10`.
    let position: String
    /// `12:05`, or nil before the projector was first met.
    let clock: String?
    /// True while the projector is connected.
    let isLinked: Bool
    /// What to type on the projector when it is not there.
    let projectorCommand: String
    /// The current slide's title (nil when its card is gone).
    let title: String?
    /// The lecturer note, nil when the stop has none.
    let note: String?
    /// On the end slide, after the last stop.
    let isEnd: Bool
    /// The next slide's title; nil on the last slide.
    let nextTitle: String?
    /// The slide number being typed, shown in place of the keys.
    let typedNumber: Int?
    let hints: [KeyHint]
    let message: LocalizedText?
    let language: LanguageMode
  }

  let model: Model

  func render(in area: Rect, on screen: inout Screen) {
    screen.fill(area, role: .normal)
    let language = model.language
    let column = area.inset(dx: area.width >= 60 ? 3 : 1, dy: 0)
    guard column.width > 4, area.height >= 6 else { return }

    // The tour's name; whether the projector is there.
    let link =
      model.isLinked
      ? "● " + language.text(Strings.projectorConnected)
      : "○ " + language.text(Strings.waitingForProjector) + ": " + model.projectorCommand
    let linkWidth = min(TextLayout.width(of: link), column.width)
    screen.write(
      TextLayout.truncate(link, to: linkWidth), x: column.maxX - linkWidth, y: area.y,
      role: model.isLinked ? .success : .warning, clip: column)
    screen.write(
      model.tourTitle, x: column.x, y: area.y, role: .dim,
      clip: Rect(x: column.x, y: area.y, width: max(0, column.width - linkWidth - 2), height: 1))

    var y = area.y + 2
    let footerY = area.maxY - 1
    // The position and the clock in big digits, when the screen is tall enough to spare the rows.
    if area.height >= 20, let big = bigFigures(width: column.width) {
      for (row, line) in big.enumerated() {
        screen.write(line, x: column.x, y: y + row, role: .slideTitle, clip: column)
      }
      y += big.count + 1
    }

    // Now: the current title; then the note; at the bottom, the next title.
    let nextY = footerY - 2
    screen.write(
      language.text(Strings.now).uppercased(), x: column.x, y: y, role: .accent, clip: column)
    y += 1
    let title = TextLayout.wrap(model.title ?? "", width: column.width).prefix(2)
    for line in title {
      screen.write(line, x: column.x, y: y, role: .bold, clip: column)
      y += 1
    }
    y += 1
    screen.write(
      String(repeating: "─", count: column.width), x: column.x, y: y, role: .border, clip: column)
    y += 1
    let noteArea = Rect(x: column.x, y: y, width: column.width, height: max(0, nextY - 1 - y))
    drawNote(in: noteArea, on: &screen)
    screen.write(
      String(repeating: "─", count: column.width), x: column.x, y: nextY - 1, role: .border,
      clip: column)
    let next =
      model.nextTitle ?? (model.isEnd ? language.text(Strings.tourOver) : language.text(Strings.endOfTour))
    let label = language.text(Strings.next) + ": "
    let end = screen.write(label, x: column.x, y: nextY, role: .accent, clip: column)
    screen.write(
      next, x: end, y: nextY, role: model.nextTitle == nil ? .dim : .bold,
      clip: Rect(x: end, y: nextY, width: max(0, column.maxX - end), height: 1))
    drawFooter(in: Rect(x: column.x, y: footerY, width: column.width, height: 1), on: &screen)
  }

  /// The note as plain wrapped text, cut with `…` when it is longer than the room.
  private func drawNote(in area: Rect, on screen: inout Screen) {
    guard area.height > 0, !model.isEnd else { return }
    guard let note = model.note else {
      screen.write(
        model.language.text(Strings.noLecturerNote), x: area.x, y: area.y, role: .dim, clip: area)
      return
    }
    var lines = note.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
      $0.isEmpty ? [""] : TextLayout.wrap(String($0), width: area.width)
    }
    if lines.count > area.height {
      lines = Array(lines.prefix(area.height))
      lines[lines.count - 1] = TextLayout.truncate(lines[lines.count - 1] + " …", to: area.width)
    }
    for (index, line) in lines.enumerated() {
      screen.write(line, x: area.x, y: area.y + index, role: .normal, clip: area)
    }
  }

  /// `3/10` on the left and the clock on the right, in big digits; nil when they do not fit side by side.
  private func bigFigures(width: Int) -> [String]? {
    guard let position = BlockFont.render(model.position, scale: .small) else { return nil }
    let clock = model.clock.flatMap { BlockFont.render($0, scale: .small) } ?? []
    let positionWidth = position.map { TextLayout.width(of: $0) }.max() ?? 0
    let clockWidth = clock.map { TextLayout.width(of: $0) }.max() ?? 0
    guard positionWidth + clockWidth + 4 <= width else { return nil }
    return position.indices.map { row in
      let right = clock.isEmpty ? "" : clock[row]
      return TextLayout.pad(position[row], to: width - clockWidth) + right
    }
  }

  /// `3/10 · 12:05` on the left; the message, or the keys, on the right.
  private func drawFooter(in area: Rect, on screen: inout Screen) {
    let language = model.language
    let figures = model.position + (model.clock.map { " · " + $0 } ?? "")
    let end = screen.write(figures, x: area.x, y: area.y, role: .bold, clip: area)
    var shown =
      model.typedNumber.map { ["→ \($0) ⏎"] } ?? model.message.map { [language.text($0)] }
      ?? model.hints.map { $0.keys + " " + language.text($0.label) }
    while !shown.isEmpty, TextLayout.width(of: shown.joined(separator: "  ")) > area.maxX - end - 2 {
      shown.removeLast()
    }
    let line = shown.joined(separator: "  ")
    screen.write(
      line, x: area.maxX - TextLayout.width(of: line), y: area.y,
      role: model.message == nil && model.typedNumber == nil ? .dim : .accent,
      clip: area)
  }
}
