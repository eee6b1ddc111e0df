import QomusCore

/// One slide over the whole screen, for a projector: the tour's name, the kicker, a title in big letters when it
/// fits (else bold text), the summary and the key points, the lecturer note at the bottom on request, and a
/// progress bar with `3/10` and the keys. After the last stop, the end slide.
struct SlideView: Widget {
  /// What a slide draws: the slide (nil when the tour or its stop is gone), the tour's name, the card's marks.
  struct Model {
    let slide: Slide?
    /// The end slide of a tour of `count` stops (then `slide` is nil).
    let endOf: Int?
    let tourTitle: String
    /// `★` and ` ✎` when the card is starred and has a note.
    let marks: String
    let showsNote: Bool
    /// The message that takes the place of the keys.
    let message: LocalizedText?
    /// The slide number being typed, shown in place of the keys.
    let typedNumber: Int?
    /// The keys that work on this slide.
    let hints: [KeyHint]
    let language: LanguageMode
    /// The sizes of block letters titles may take (none in accessible mode).
    var letterScales: [BlockFont.Scale] = BlockFont.Scale.allCases
  }

  let model: Model

  func render(in area: Rect, on screen: inout Screen) {
    screen.fill(area, role: .normal)
    if let count = model.endOf {
      drawEnd(count: count, in: area, on: &screen)
      return
    }
    guard let slide = model.slide else { return }
    let language = model.language
    let text = { (value: String) in language.script(value, language: language.primary) }

    let margin = area.width >= 100 ? area.width / 10 : area.width >= 60 ? 4 : 2
    let column = area.inset(dx: margin, dy: 0)
    let textWidth = min(column.width, 120)
    let top = area.y + (area.height >= 40 ? area.height / 10 : area.height >= 30 ? 3 : 2)
    let footer = Rect(x: column.x, y: area.maxY - 2, width: column.width, height: 2)

    // The tour's name, top left; the star and note marks of the card, top right.
    screen.write(
      text(model.tourTitle), x: column.x, y: area.y, role: .dim,
      clip: Rect(x: column.x, y: area.y, width: column.width - 6, height: 1))
    let marks = model.marks
    screen.write(
      marks, x: column.maxX - TextLayout.width(of: marks), y: area.y, role: .star, clip: area)

    var note: [[Span]] = []
    if model.showsNote {
      let body = slide.note.map(text) ?? language.text(Strings.noLecturerNote)
      note = TextLayout.wrap([Span(body, role: .quote)], width: max(1, textWidth - 4))
    }
    let room = footer.y - 1 - top
    let noteRows = note.isEmpty ? 0 : min(note.count + 2, max(4, room / 2))
    let bodyRoom = room - noteRows
    let lines = SlideLines(
      slide: slide, script: text, width: column.width, textWidth: textWidth, scales: model.letterScales
    )
    .fitted(rows: bodyRoom)
    for (index, line) in lines.enumerated() {
      screen.write(line, x: column.x, y: top + index, clip: column)
    }
    if noteRows > 0 {
      drawNote(
        note, in: Rect(x: column.x, y: footer.y - 1 - noteRows, width: textWidth, height: noteRows),
        on: &screen)
    }
    drawFooter(progress: slide.position, of: slide.count, in: footer, on: &screen)
  }

  /// The end slide: “The end of the tour” in big letters, the tour's name and its number of slides.
  private func drawEnd(count: Int, in area: Rect, on screen: inout Screen) {
    let language = model.language
    let margin = area.width >= 100 ? area.width / 10 : area.width >= 60 ? 4 : 2
    let column = area.inset(dx: margin, dy: 0)
    let footer = Rect(x: column.x, y: area.maxY - 2, width: column.width, height: 2)
    let heading = language.text(Strings.theEnd)
    var lines: [[Span]] =
      model.letterScales.lazy.compactMap {
        BigTitle(heading, scale: $0, width: column.width, maxLines: 2)
      }.first.map { $0.rows.map { [Span($0, role: .slideTitle)] } }
      ?? [[Span(heading, role: .slideTitle)]]
    lines += [[], [Span(model.tourTitle, role: .bold)]]
    lines.append([Span("\(count) " + language.text(Strings.slideCount), role: .dim)])
    let top = max(area.y + 1, area.y + (footer.y - area.y - lines.count) / 2)
    for (index, line) in lines.enumerated() where top + index < footer.y {
      screen.write(line, x: column.x, y: top + index, clip: column)
    }
    drawFooter(progress: count, of: count, in: footer, on: &screen, done: true)
  }

  /// The lecturer note in a box.
  private func drawNote(_ lines: [[Span]], in area: Rect, on screen: inout Screen) {
    Box(
      title: [Span("✎ " + model.language.text(Strings.lecturerNote), role: .normal)],
      isFocused: true
    )
    .render(in: area, on: &screen)
    let body = area.inset(dx: 2, dy: 1)
    for (index, line) in lines.prefix(body.height).enumerated() {
      screen.write(line, x: body.x, y: body.y + index, clip: body)
    }
  }

  /// A progress bar across, then `3/10` on the left (`3/3 ✓` at the end) and the keys on the right.
  private func drawFooter(
    progress position: Int, of count: Int, in area: Rect, on screen: inout Screen, done: Bool = false
  ) {
    let filled = area.width * position / max(1, count)
    screen.write(
      String(repeating: "━", count: filled), x: area.x, y: area.y, role: .scrollThumb, clip: area)
    screen.write(
      String(repeating: "─", count: area.width - filled), x: area.x + filled, y: area.y,
      role: .border,
      clip: area)
    let progress = "\(position)/\(count)" + (done ? " ✓" : "")
    let end = screen.write(progress, x: area.x, y: area.y + 1, role: .bold, clip: area)
    // A number being typed, or a message ("the tour is over", "only q leaves"), takes the place of the keys.
    let language = model.language
    let hints =
      model.typedNumber.map { ["→ \($0) ⏎"] } ?? model.message.map { [language.text($0)] }
      ?? model.hints.map { $0.keys + " " + language.text($0.label) }
    var shown = hints
    while !shown.isEmpty, TextLayout.width(of: shown.joined(separator: "  ")) > area.maxX - end - 2 {
      shown.removeLast()
    }
    let line = shown.joined(separator: "  ")
    screen.write(
      line, x: area.maxX - TextLayout.width(of: line), y: area.y + 1,
      role: model.typedNumber == nil ? .dim : .accent, clip: area)
  }
}

/// The text of a slide as lines: kicker, title (big letters if they fit), summary, key points.
struct SlideLines {
  let slide: Slide
  let script: (String) -> String
  /// The width for the big title, and for the rest of the text.
  let width: Int
  let textWidth: Int
  /// The block-letter sizes to try for the title, largest first.
  var scales: [BlockFont.Scale] = BlockFont.Scale.allCases

  /// The lines for `rows` rows: big letters when everything fits with them, and key points dropped from the end
  /// (with a mark) when even bold text leaves too little room.
  func fitted(rows: Int) -> [[Span]] {
    for scale in scales {
      guard let big = BigTitle(script(slide.title), scale: scale, width: width, maxLines: 3) else {
        continue
      }
      let title = big.rows.map { [Span($0, role: .slideTitle)] }
      // Big letters only when the rest keeps room to breathe.
      if let lines = compose(title: title, rows: rows - 2) { return lines }
    }
    let title = TextLayout.wrap([Span(script(slide.title), role: .slideTitle)], width: textWidth)
    if let lines = compose(title: title, rows: rows) { return lines }
    let lines = compose(title: title, rows: .max) ?? []
    return Array(lines.prefix(max(0, rows - 1))) + [[Span("…", role: .dim)]]
  }

  /// The slide with `title`, the key points spaced out when there is room; nil when it needs more than `rows`.
  private func compose(title: [[Span]], rows: Int) -> [[Span]]? {
    var head: [[Span]] = [[Span(script(slide.kicker).uppercased(), role: .accent)], []]
    head += title
    head.append([])
    head += TextLayout.wrap([Span(script(slide.summary), role: .bold)], width: textWidth)
    head.append([])
    let points = slide.keyPoints.map { point in
      Markdown.hanging(
        [Span(script(point), role: point.hasPrefix("⚠") ? .warning : .normal)],
        marker: Span("▸ ", role: .accent), width: textWidth)
    }
    let tight = head + points.flatMap { $0 }
    guard tight.count <= rows else { return nil }
    if tight.count + points.count - 1 <= rows {
      return head
        + points.enumerated().flatMap { index, point in index == 0 ? point : [[]] + point }
    }
    return tight
  }
}
