import QomusCore

/// The comparison matrix: topics down the left, countries across, each cell the act or practice and its status
/// in one line; the focused cell highlighted, and in full in the strip at the bottom. Columns that do not fit
/// scroll sideways (◂ ▸ say there are more).
struct MatrixView: Widget {
  /// What the matrix shows: the table, the cursor and its scroll offsets, the starred cards, the language.
  struct Model {
    let matrix: ComparisonMatrix
    let cursor: MatrixState
    /// Whether the card with this id is starred (★ before a cell's label).
    let isStarred: (String) -> Bool
    let language: LanguageMode
  }

  let model: Model
  private var matrix: ComparisonMatrix { model.matrix }
  private var cursor: MatrixState { model.cursor }
  private var language: LanguageMode { model.language }

  func render(in area: Rect, on screen: inout Screen) {
    let geometry = MatrixGeometry(body: area, matrix: matrix)
    let frame = geometry.frame
    screen.fill(frame.box, role: .normal)
    let position =
      "\(cursor.row + 1)/\(matrix.rows.count) · \(cursor.column + 1)/\(matrix.columns.count)"
    Box(
      title: [Span(language.text(matrix.title), role: .normal)], note: [Span(position, role: .dim)],
      isFocused: true
    ).render(in: frame.box, on: &screen)
    let content = frame.content
    let columns =
      cursor.columnOffset..<min(matrix.columns.count, cursor.columnOffset + geometry.visibleColumns)
    let rows = cursor.rowOffset..<min(matrix.rows.count, cursor.rowOffset + geometry.visibleRows)

    // Headings: the topic column, the countries, and marks where more columns are scrolled away.
    screen.write(
      language.text(Strings.topic), x: content.x, y: content.y, role: .dim,
      clip: Rect(x: content.x, y: content.y, width: geometry.topicWidth - 2, height: 1))
    for (screenColumn, column) in columns.enumerated() {
      let cell = geometry.cell(column: screenColumn, row: 0)
      let name = language.text(matrix.columns[column].name)
      let role: StyleRole = column == cursor.column ? .paneTitleFocused : .paneTitle
      screen.write(
        "│ " + name, x: cell.x, y: content.y, role: role,
        clip: Rect(x: cell.x, y: content.y, width: cell.width, height: 1))
      screen.write("│", x: cell.x, y: content.y, role: .border, clip: content)
    }
    screen.write(
      rule("─", cross: "┼", geometry: geometry, columns: columns.count), x: content.x,
      y: content.y + 1,
      role: .border, clip: content)
    if cursor.columnOffset > 0 {
      screen.write(
        "◂", x: content.x + geometry.topicWidth - 1, y: content.y, role: .accent, clip: content)
    }
    if columns.upperBound < matrix.columns.count {
      screen.write("▸", x: content.maxX - 1, y: content.y, role: .accent, clip: content)
    }

    for (screenRow, row) in rows.enumerated() {
      let top = geometry.cell(column: 0, row: screenRow).y
      let titleRole: StyleRole = row == cursor.row ? .paneTitleFocused : .bold
      let title = Self.fitted(
        TextLayout.wrap(
          [Span(language.text(matrix.rows[row].title), role: titleRole)],
          width: geometry.topicWidth - 2),
        rows: geometry.rowHeight - 1, width: geometry.topicWidth - 2)
      for (index, line) in title.enumerated() {
        screen.write(
          line, x: content.x, y: top + index,
          clip: Rect(x: content.x, y: top + index, width: geometry.topicWidth - 1, height: 1))
      }
      for (screenColumn, column) in columns.enumerated() {
        drawCell(
          matrix.cell(row: row, column: column),
          in: geometry.cell(column: screenColumn, row: screenRow),
          focused: row == cursor.row && column == cursor.column, on: &screen)
      }
      screen.write(
        rule("╌", cross: "┼", geometry: geometry, columns: columns.count), x: content.x,
        y: top + geometry.rowHeight - 1, role: .border, clip: content)
    }
    drawDetail(frame, on: &screen)
  }

  /// At most `rows` of `lines`, the last ending in an ellipsis when some were left out.
  static func fitted(_ lines: [[Span]], rows: Int, width: Int) -> [[Span]] {
    guard lines.count > rows, rows > 0 else { return lines }
    let last = lines[rows - 1]
    let role = last.last?.role ?? .normal
    return Array(lines.prefix(rows - 1)) + [(last + [Span(" …", role: role)]).truncated(to: width)]
  }

  /// A rule across the matrix, crossing the column lines.
  private func rule(_ line: Character, cross: Character, geometry: MatrixGeometry, columns: Int)
    -> String
  {
    var text = String(repeating: line, count: geometry.topicWidth)
    for _ in 0..<columns {
      text.append(cross)
      text += String(repeating: line, count: geometry.columnWidth - 1)
    }
    let rest = geometry.frame.content.width - text.count
    return rest > 0 ? text + String(repeating: line, count: rest) : text
  }

  /// A cell: a rule on its left, the label on one or two lines, the status dimmed on the last.
  private func drawCell(_ cell: MatrixCell?, in rect: Rect, focused: Bool, on screen: inout Screen) {
    let inner = Rect(x: rect.x + 2, y: rect.y, width: rect.width - 3, height: rect.height)
    if focused {
      screen.fill(
        Rect(x: rect.x + 1, y: rect.y, width: rect.width - 1, height: rect.height), role: .selection
      )
      screen.focus(x: rect.x + 1, y: rect.y)
    }
    for y in rect.y..<rect.maxY { screen.write("│", x: rect.x, y: y, role: .border) }
    guard let cell else {
      screen.write("—", x: inner.x, y: inner.y, role: focused ? .selection : .dim, clip: inner)
      return
    }
    let star = cell.card.map(model.isStarred) == true ? "★ " : ""
    let label = Self.fitted(
      TextLayout.wrap(
        [Span(star, role: .star), Span(language.text(cell.label), role: .bold)],
        width: max(1, inner.width)),
      rows: max(1, rect.height - 1), width: inner.width)
    for (index, line) in label.enumerated() {
      screen.write(line, x: inner.x, y: inner.y + index, clip: inner) {
        focused ? .selection : $0.role
      }
    }
    let status = TextLayout.truncate(language.text(cell.status), to: inner.width)
    screen.write(
      status, x: inner.x, y: min(inner.y + label.count, rect.maxY - 1),
      role: focused ? .selection : .dim,
      clip: inner)
  }

  /// The focused cell in full: topic × country, label, status, and the card it opens.
  private func drawDetail(_ frame: ViewFrame, on screen: inout Screen) {
    guard !frame.detail.isEmpty else { return }
    screen.write(
      "├" + String(repeating: "─", count: frame.rule.width - 2) + "┤", x: frame.rule.x,
      y: frame.rule.y,
      role: .borderFocused, clip: frame.rule)
    let heading =
      language.text(matrix.rows[cursor.row].title) + " × "
      + language.text(matrix.columns[cursor.column].name)
    var spans = [Span(heading, role: .heading)]
    if let cell = matrix.cell(row: cursor.row, column: cursor.column) {
      spans.append(Span(" — " + language.text(cell.label), role: .bold))
      if !cell.status[language.primary].isEmpty {
        spans.append(Span(". " + language.text(cell.status), role: .normal))
      }
      if let id = cell.card {
        spans.append(Span("  " + language.text(Strings.opens) + " " + id, role: .dim))
      }
    } else {
      spans.append(Span(" — " + language.text(Strings.emptyCell), role: .dim))
    }
    var lines = TextLayout.wrap(spans, width: frame.detail.width)
    if lines.count > frame.detail.height {
      lines = Array(lines.prefix(frame.detail.height))
      lines[lines.count - 1] = (lines[lines.count - 1] + [Span(" …", role: .dim)]).truncated(
        to: frame.detail.width)
    }
    for (index, line) in lines.enumerated() {
      screen.write(line, x: frame.detail.x, y: frame.detail.y + index, clip: frame.detail)
    }
  }
}
