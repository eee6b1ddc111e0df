import QomusCore

/// The `p` overlay: the tours, each with its number of stops and description; Enter presents the selected one.
struct TourPicker: Widget {
  /// What the picker draws: each tour's title, description and number of stops, and the selection.
  struct Model {
    struct Tour {
      let title: LocalizedText
      let description: LocalizedText
      let stops: Int
    }
    let tours: [Tour]
    let list: ListState
    let language: LanguageMode
  }

  let model: Model

  static func frame(in layout: Layout, tours: Int) -> Rect {
    layout.body.centered(
      width: min(80, layout.body.width), height: min(2 + 4 * tours, layout.body.height))
  }

  func render(in area: Rect, on screen: inout Screen) {
    guard area.width >= 10, area.height >= 4 else { return }
    let language = model.language
    screen.fill(area, role: .normal)
    Box(
      title: [Span(language.text(Strings.tours), role: .normal)],
      note: [Span("⏎ · Esc", role: .dim)],
      isFocused: true
    ).render(in: area, on: &screen)
    let body = area.inset(dx: 2, dy: 1)
    var y = body.y
    for (index, tour) in model.tours.enumerated() where y < body.maxY {
      let selected = index == model.list.selected
      let row = body.row(y - body.y)
      if selected { screen.fill(row, role: .selection) }
      let count = tour.stops
      let tag = " \(count) " + language.text(count == 1 ? Strings.stop : Strings.stops)
      let line = OutlineRow(
        lead: [Span(selected ? "▸ " : "  ", role: .accent)],
        title: Span(language.text(tour.title), role: .bold), tags: [Span(tag, role: .dim)]
      ).line(width: body.width)
      screen.write(line, x: row.x, y: row.y, clip: row) { selected ? .selection : $0.role }
      y += 1
      var description = TextLayout.wrap(language.text(tour.description), width: body.width - 3)
      if description.count > 2 { description = [description[0], description[1] + " …"] }
      for text in description where y < body.maxY {
        screen.write("  " + text, x: body.x, y: y, role: .dim, clip: body)
        y += 1
      }
      y += 1
    }
  }

}
