import QomusCore

/// The search pane: the query with its cursor, a count, and each result as its title and a two-line snippet with
/// the matched words highlighted.
struct SearchResultsView: Widget {
  let state: AppState
  let search: SearchState
  let layout: Layout

  func render(in area: Rect, on screen: inout Screen) {
    let language = state.language
    let count = search.hits.count
    let full = "\(count) " + language.text(count == 1 ? Strings.result : Strings.results)
    let note =
      search.query.isEmpty
      ? "" : TextLayout.width(of: full) <= (area.width - 6) / 2 ? full : "\(count)"
    Box(
      title: [Span(language.text(Strings.search), role: .normal)], note: [Span(note, role: .dim)],
      isFocused: state.mode != .browse, scroll: (search.list.offset, layout.listRows, count)
    ).render(in: area, on: &screen)
    let body = layout.listBody
    TextFieldView(prompt: " / ", field: search.field).render(in: body, on: &screen)
    let info: String
    if search.query.isEmpty {
      info = language.text(Strings.searchPrompt)
    } else if search.answeredQuery != search.query {
      info = language.text(Strings.searching)
    } else if search.hits.isEmpty {
      info = language.text(Strings.noMatches)
    } else {
      info = ""
    }
    screen.write(" " + info, x: body.x, y: body.y + 1, role: .dim, clip: body.row(1))

    let items = layout.listItems
    for row in 0..<min(layout.listRows, max(0, count - search.list.offset)) {
      let index = search.list.offset + row
      let hit = search.hits[index]
      let selected = index == search.list.selected
      let rows = Rect(x: items.x, y: items.y + row * 3, width: items.width, height: 3)
      let base: StyleRole = selected ? .selection : .normal
      screen.fill(rows, role: base)
      let title = TextLayout.truncate(language.text(hit.title), to: rows.width - 2)
      screen.write(" " + title, x: rows.x, y: rows.y, role: selected ? base : .bold, clip: rows)
      for (offset, line) in snippet(hit, width: rows.width - 2).enumerated() {
        screen.write(line, x: rows.x + 1, y: rows.y + 1 + offset, clip: rows.row(1 + offset)) {
          span in
          switch (span.role, selected) {
          case (.highlight, true): .selectionHighlight
          case (_, true): .selection
          default: span.role
          }
        }
      }
    }
  }

  /// The kind, then the snippet, wrapped to two lines (the second cut with an ellipsis if there is more).
  private func snippet(_ hit: SearchHit, width: Int) -> [[Span]] {
    let language = state.language
    var spans = [Span(language.text(hit.kind.singularName) + " · ", role: .dim)]
    for segment in hit.snippet.segments {
      let text = language.script(segment.text, language: hit.language)
      spans.append(Span(text, role: segment.isHighlighted ? .highlight : .normal))
    }
    let lines = TextLayout.wrap(spans, width: max(1, width))
    guard lines.count > 2 else { return lines }
    return [lines[0], (lines[1] + [Span(" …", role: .dim)]).truncated(to: width)]
  }
}
