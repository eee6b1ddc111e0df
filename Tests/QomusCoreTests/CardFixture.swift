import Foundation

/// Builds card files for tests: a valid card by default, with any line replaced or removed.
struct CardFixture {
  var id = "act-test"
  var kind = "act"
  var fields: [String: String] = [:]
  var body = """
    # uz

    Qonun elektron hukumatning huquqiy asosini belgilaydi.

    # en

    The law lays down the legal basis of e-government.
    """

  /// The file text: front matter lines in a fixed order, then the body.
  var text: String {
    var lines = ["---"]
    let defaults: [(String, String)] = [
      ("id", id),
      ("kind", kind),
      ("jurisdiction", "UZ"),
      ("title", "\n  uz: Elektron hukumat toʻgʻrisida\n  en: On Electronic Government"),
      ("summary", "\n  uz: Asosiy qonun.\n  en: The framework law."),
      ("adopted", "\"2015-12-09\""),
      ("topics", "[legal-basis]"),
      ("sources", "\n  - section: Kirish"),
    ]
    for (name, value) in defaults {
      let override = fields[name] ?? value
      if override.isEmpty { continue }
      lines.append("\(name):\(override.hasPrefix("\n") ? "" : " ")\(override)")
    }
    for (name, value) in fields.sorted(by: { $0.key < $1.key })
    where !defaults.contains(where: { $0.0 == name }) {
      lines.append("\(name):\(value.hasPrefix("\n") ? "" : " ")\(value)")
    }
    lines.append("---")
    return lines.joined(separator: "\n") + "\n" + body + "\n"
  }
}

/// A temporary content directory that removes itself.
final class TemporaryContent {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "qomus-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: url.appendingPathComponent("cards"), withIntermediateDirectories: true)
  }

  /// Writes `text` to `cards/<name>`.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let file = url.appendingPathComponent("cards").appendingPathComponent(name)
    try Data(text.utf8).write(to: file)
    return file.path
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }
}
