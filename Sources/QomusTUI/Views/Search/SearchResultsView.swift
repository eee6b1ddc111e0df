import QomusCore

/// The search pane: the query with its cursor, a count, and each result as its title and a two-line snippet with
/// the matched words highlighted.
struct SearchResultsView: Widget {
  /// Rows per result: the title and two lines of snippet.
  static let itemHeight = 3

  let search: SearchState
  let language: LanguageMode
  let isFocused: Bool

  /// The rows where the results go in a list box `area`: inside its border, below the field and its info line,
  /// whole results only.
  static func items(in area: Rect) -> Rect {
    let items = area.inset(dx: 1, dy: 1).splitRows(2).1
    return items.splitRows(max(1, items.height / itemHeight) * itemHeight).0
  }

  /// Where each result sits among the rows.
  static func rows(_ search: SearchState) -> ListRows {
    .uniform(count: search.hits.count, height: itemHeight)
  }

  func render(in area: Rect, on screen: inout Screen) {
    let count = search.hits.count
    let full = "\(count) " + language.text(count == 1 ? Strings.result : Strings.results)
    let note =
      search.query.isEmpty
      ? "" : TextLayout.width(of: full) <= (area.width - 6) / 2 ? full : "\(count)"
    let items = Self.items(in: area)
    let list = ListView(rows: Self.rows(search), state: search.list) { range in
      let hits = (range.lowerBound / Self.itemHeight)..<((range.upperBound - 1) / Self.itemHeight + 1)
      let lines = hits.flatMap { resultLines(search.hits[$0], width: items.width) }
      let first = range.lowerBound - hits.lowerBound * Self.itemHeight
      return Array(lines[first..<(first + range.count)])
    }
    Box(
      title: [Span(language.text(Strings.search), role: .normal)], note: [Span(note, role: .dim)],
      isFocused: isFocused, scroll: list.scrollBar(visible: items.height)
    ).render(in: area, on: &screen)
    let body = area.inset(dx: 1, dy: 1)
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
    list.render(in: items, on: &screen)
  }

  /// A result's three rows: the title, then the snippet.
  private func resultLines(_ hit: SearchHit, width: Int) -> [[Span]] {
    let title = TextLayout.truncate(language.text(hit.title), to: width - 2)
    var lines = [[Span(" " + title, role: .bold)]]
    lines += snippet(hit, width: width - 2).map { [Span(" ", role: .normal)] + $0 }
    while lines.count < Self.itemHeight { lines.append([]) }
    return Array(lines.prefix(Self.itemHeight))
  }

  /// The kind, then the snippet, wrapped to two lines (the second cut with an ellipsis if there is more).
  private func snippet(_ hit: SearchHit, width: Int) -> [[Span]] {
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
