import Foundation
import Yams

/// Reads the comparison matrix from `content/matrix.yaml`:
///
/// ```yaml
/// title: {uz: …, en: …}
/// columns: [UZ, EE, KR, US, RU, EU, SE]
/// rows:
///   - id: personal-data
///     topic: personal-data          # optional, from the card topics
///     title: {uz: …, en: …}
///     cells:
///       UZ:
///         card: act-uz-personal-data-law   # optional
///         label: {uz: …, en: …}
///         status: {uz: …, en: …}
/// ```
public enum MatrixLoader {
  static let fileName = "matrix.yaml"
  static let matrixFields: Set<String> = ["title", "columns", "rows"]
  static let rowFields: Set<String> = ["id", "topic", "title", "cells"]
  static let cellFields: Set<String> = ["card", "label", "status"]

  /// The matrix of `<content>/matrix.yaml`; nil with no diagnostic when the file does not exist.
  public static func load(directory: URL) -> (matrix: ComparisonMatrix?, diagnostics: [Diagnostic]) {
    let url = directory.appendingPathComponent(fileName)
    guard FileManager.default.fileExists(atPath: url.path) else { return (nil, []) }
    var diagnostics: [Diagnostic] = []
    guard let text = CompanionYAML.read(url, into: &diagnostics) else { return (nil, diagnostics) }
    return parse(text, file: url.path)
  }

  /// Parses a matrix file; nil when it has no columns or no rows.
  public static func parse(_ text: String, file: String) -> (
    matrix: ComparisonMatrix?, diagnostics: [Diagnostic]
  ) {
    var reader = CompanionYAML(file: file)
    guard let root = reader.rootMapping(text) else { return (nil, reader.diagnostics) }
    let fields = reader.fields(of: root, known: matrixFields, in: "matrix")
    let title =
      reader.localized(fields["title"], "title", required: false, fallbackLine: 1)
      ?? LocalizedText(uz: "Qiyosiy jadval", en: "Comparison matrix")
    let columns = parseColumns(fields["columns"], reader: &reader)
    let rows = parseRows(fields["rows"], columns: columns, reader: &reader)
    guard !columns.isEmpty, !rows.isEmpty else { return (nil, reader.diagnostics) }
    return (
      ComparisonMatrix(title: title, columns: columns, rows: rows, file: file), reader.diagnostics
    )
  }

  private static func parseColumns(_ node: Node?, reader: inout CompanionYAML) -> [Jurisdiction] {
    guard let node else {
      reader.report(1, "missing field 'columns' (a list of jurisdictions such as [UZ, EE, KR])")
      return []
    }
    guard let sequence = node.sequence, !sequence.isEmpty else {
      reader.report(reader.line(of: node), "'columns' must be a non-empty list of jurisdictions")
      return []
    }
    var columns: [Jurisdiction] = []
    for item in sequence {
      guard let text = item.string, let jurisdiction = Jurisdiction(rawValue: text) else {
        let allowed = Jurisdiction.allCases.map(\.rawValue).joined(separator: ", ")
        reader.report(
          reader.line(of: item), "column '\(item.string ?? "?")' is not one of: \(allowed)")
        continue
      }
      if columns.contains(jurisdiction) {
        reader.report(reader.line(of: item), "column '\(text)' is listed twice")
        continue
      }
      columns.append(jurisdiction)
    }
    return columns
  }

  private static func parseRows(_ node: Node?, columns: [Jurisdiction], reader: inout CompanionYAML)
    -> [MatrixRow]
  {
    guard let node else {
      reader.report(1, "missing field 'rows'")
      return []
    }
    guard let sequence = node.sequence, !sequence.isEmpty else {
      reader.report(reader.line(of: node), "'rows' must be a non-empty list")
      return []
    }
    var seen: Set<String> = []
    return sequence.compactMap { item in
      let line = reader.line(of: item)
      guard let mapping = item.mapping else {
        reader.report(line, "a row is {id, title, cells}")
        return nil
      }
      let fields = reader.fields(of: mapping, known: rowFields, in: "row")
      let id = reader.string(fields["id"], "id", required: true, fallbackLine: line)
      if let id, !seen.insert(id).inserted { reader.report(line, "row id '\(id)' is used twice") }
      let title = reader.localized(fields["title"], "title", required: true, fallbackLine: line)
      var topic: Topic?
      if let text = reader.string(fields["topic"], "topic", required: false, fallbackLine: line) {
        topic = Topic(rawValue: text)
        if topic == nil {
          reader.report(reader.line(of: fields["topic"]), "unknown topic '\(text)'")
        }
      }
      let cells = parseCells(fields["cells"], columns: columns, reader: &reader)
      guard let id, let title else { return nil }
      return MatrixRow(id: id, title: title, topic: topic, cells: cells, line: line)
    }
  }

  private static func parseCells(
    _ node: Node?, columns: [Jurisdiction], reader: inout CompanionYAML
  )
    -> [Jurisdiction: MatrixCell]
  {
    guard let node else { return [:] }
    guard let mapping = node.mapping else {
      reader.report(
        reader.line(of: node), "'cells' must map jurisdictions to {card, label, status}")
      return [:]
    }
    var cells: [Jurisdiction: MatrixCell] = [:]
    for (key, value) in mapping {
      let line = reader.line(of: key)
      guard let name = key.string, let jurisdiction = Jurisdiction(rawValue: name),
        columns.contains(jurisdiction)
      else {
        let allowed = columns.map(\.rawValue).joined(separator: ", ")
        reader.report(line, "cell '\(key.string ?? "?")' is not one of the columns: \(allowed)")
        continue
      }
      guard let cellMapping = value.mapping else {
        reader.report(line, "a cell is {card: ID, label: {uz, en}, status: {uz, en}}")
        continue
      }
      let fields = reader.fields(of: cellMapping, known: cellFields, in: "cell")
      let card = reader.string(fields["card"], "card", required: false, fallbackLine: line)
      let label = reader.localized(fields["label"], "label", required: true, fallbackLine: line)
      let status = reader.localized(fields["status"], "status", required: true, fallbackLine: line)
      guard let label else { continue }
      cells[jurisdiction] = MatrixCell(
        card: card, label: label, status: status ?? LocalizedText(uz: "", en: ""), line: line)
    }
    return cells
  }
}
