/// The comparison matrix as data to take away: CSV (RFC 4180) for a spreadsheet, a Markdown table, or a
/// self-contained HTML page. One row per topic, one column per jurisdiction; each cell holds its label and status
/// (“label — status”), in one language and script.
public struct MatrixExport: Sendable {
  /// The renderings of the matrix.
  public enum Format: String, CaseIterable, Sendable {
    case csv, markdown, html
  }

  public var matrix: ComparisonMatrix
  public var language: Language
  public var script: ExportScript

  public init(matrix: ComparisonMatrix, language: Language, script: ExportScript = .latin) {
    self.matrix = matrix
    self.language = language
    self.script = script
  }

  /// The matrix rendered in `format`.
  public func render(_ format: Format) -> String {
    switch format {
    case .csv: csv()
    case .markdown: markdown()
    case .html: html()
    }
  }

  /// The header row: the topic column's name, then each jurisdiction's name.
  public var header: [String] {
    [text(MatrixText.topic)] + matrix.columns.map { text($0.name) }
  }

  /// The body rows: each topic's title, then its cell in each column (empty where it has none).
  public var rows: [[String]] {
    matrix.rows.map { row in
      [text(row.title)] + matrix.columns.map { row.cells[$0].map(cellText) ?? "" }
    }
  }

  /// “label — status”, or the label alone when the cell has no status.
  func cellText(_ cell: MatrixCell) -> String {
    let label = text(cell.label)
    let status = text(cell.status)
    return status.isEmpty ? label : label + " — " + status
  }

  private func text(_ text: LocalizedText) -> String { script.apply(text, language) }

  // MARK: CSV

  /// RFC 4180: CRLF between records, a field quoted when it holds a comma, a double quote, CR or LF, and a double
  /// quote inside a quoted field doubled.
  func csv() -> String {
    ([header] + rows).map { $0.map(Self.csvField).joined(separator: ",") + "\r\n" }.joined()
  }

  static func csvField(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
      return field
    }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  // MARK: Markdown

  func markdown() -> String {
    func cell(_ text: String) -> String {
      MarkdownEscape.inline(text).replacingOccurrences(of: "|", with: "\\|")
        .split(whereSeparator: \.isNewline).joined(separator: " ")
    }
    var lines = ["# " + MarkdownEscape.inline(text(matrix.title)), ""]
    lines.append("| " + header.map(cell).joined(separator: " | ") + " |")
    lines.append("|" + Array(repeating: "---|", count: header.count).joined())
    lines += rows.map { row in "| " + row.map(cell).joined(separator: " | ") + " |" }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: HTML

  func html() -> String {
    let title = HTMLEscape.text(text(matrix.title))
    var out = [
      "<!DOCTYPE html>",
      "<html lang=\"\(language.rawValue)\">",
      "<head>",
      "<meta charset=\"utf-8\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<meta name=\"generator\" content=\"Qomus\">",
      "<title>\(title)</title>",
      "<style>\n\(HTMLStyle.matrixCSS)\n</style>",
      "</head>",
      "<body>",
      "<h1>\(title)</h1>",
      "<table>",
      "<thead>",
      "<tr>" + header.map { "<th scope=\"col\">\(HTMLEscape.text($0))</th>" }.joined() + "</tr>",
      "</thead>",
      "<tbody>",
    ]
    for row in matrix.rows {
      var cells = ["<th scope=\"row\">\(HTMLEscape.text(text(row.title)))</th>"]
      for column in matrix.columns {
        guard let cell = row.cells[column] else {
          cells.append("<td></td>")
          continue
        }
        let status = text(cell.status)
        cells.append(
          "<td><strong>\(HTMLEscape.text(text(cell.label)))</strong>"
            + (status.isEmpty ? "" : "<br><span class=\"status\">\(HTMLEscape.text(status))</span>") + "</td>")
      }
      out.append("<tr>" + cells.joined() + "</tr>")
    }
    out += ["</tbody>", "</table>", "</body>", "</html>"]
    return out.joined(separator: "\n") + "\n"
  }
}

/// The fixed words of a matrix export.
enum MatrixText {
  static let topic = LocalizedText(uz: "Mavzu", en: "Topic")
}
