import Foundation
import Yams

/// Reads tours from `content/tours/*.yaml`:
///
/// ```yaml
/// id: article-in-ten-steps
/// title: {uz: …, en: …}
/// description: {uz: …, en: …}
/// stops:
///   - card: act-uz-egov-law
///     note: {uz: …, en: …}   # optional lecturer note
/// ```
public enum TourLoader {
  static let tourFields: Set<String> = ["id", "title", "description", "stops"]
  static let stopFields: Set<String> = ["card", "note"]

  /// Every tour under `<content>/tours/`, in file-name order, and the problems found. No `tours/` folder means no
  /// tours, not an error.
  public static func load(directory: URL) -> (tours: [Tour], diagnostics: [Diagnostic]) {
    let folder = directory.appendingPathComponent("tours")
    var tours: [Tour] = []
    var diagnostics: [Diagnostic] = []
    var fileByID: [String: String] = [:]
    for url in tourFiles(in: folder) {
      guard let text = CompanionYAML.read(url, into: &diagnostics) else { continue }
      let (tour, problems) = parse(text, file: url.path)
      diagnostics += problems
      guard let tour else { continue }
      if let first = fileByID[tour.id] {
        diagnostics.append(
          Diagnostic(
            file: url.path, line: 1, code: .companionFile,
            message: "tour id '\(tour.id)' is already used by \(first)"))
        continue
      }
      fileByID[tour.id] = url.path
      if url.deletingPathExtension().lastPathComponent != tour.id {
        diagnostics.append(
          Diagnostic(
            file: url.path, line: 1, severity: .warning, code: .companionFile,
            message: "the file of tour '\(tour.id)' should be named '\(tour.id).yaml'"))
      }
      tours.append(tour)
    }
    return (tours, diagnostics)
  }

  /// Parses one tour file; nil when it has no usable id, title or stops.
  public static func parse(_ text: String, file: String) -> (tour: Tour?, diagnostics: [Diagnostic]) {
    var reader = CompanionYAML(file: file)
    guard let root = reader.rootMapping(text) else { return (nil, reader.diagnostics) }
    let fields = reader.fields(of: root, known: tourFields, in: "tour")
    let id = reader.string(fields["id"], "id", required: true, fallbackLine: 1)
    if let id, id.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression) == nil {
      reader.report(reader.line(of: fields["id"]), "tour id '\(id)' is not a kebab-case slug")
    }
    let title = reader.localized(fields["title"], "title", required: true, fallbackLine: 1)
    let description =
      reader.localized(fields["description"], "description", required: false, fallbackLine: 1)
      ?? LocalizedText(uz: "", en: "")
    let stops = parseStops(fields["stops"], reader: &reader)
    guard let id, let title, !stops.isEmpty else { return (nil, reader.diagnostics) }
    return (
      Tour(id: id, title: title, description: description, stops: stops, file: file),
      reader.diagnostics
    )
  }

  private static func parseStops(_ node: Node?, reader: inout CompanionYAML) -> [TourStop] {
    guard let node else {
      reader.report(1, "missing field 'stops' (a list of {card: ID, note: {uz, en}})")
      return []
    }
    guard let sequence = node.sequence, !sequence.isEmpty else {
      reader.report(
        reader.line(of: node), "'stops' must be a non-empty list of {card: ID, note: {uz, en}}")
      return []
    }
    return sequence.compactMap { item in
      let line = reader.line(of: item)
      guard let mapping = item.mapping else {
        reader.report(line, "a stop is {card: ID, note: {uz: …, en: …}}")
        return nil
      }
      let fields = reader.fields(of: mapping, known: stopFields, in: "stop")
      guard let card = reader.string(fields["card"], "card", required: true, fallbackLine: line)
      else { return nil }
      let note = reader.localized(fields["note"], "note", required: false, fallbackLine: line)
      return TourStop(card: card, note: note, line: line)
    }
  }

  static func tourFiles(in folder: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
      .map { folder.appendingPathComponent($0) }
  }
}
