import Foundation
import QomusCore

/// Writes a corpus to disk as a real content directory: the bundled content's companion files (glossary, tours,
/// matrix) and cards copied as they are, every synthetic card as a card file (`cards/<kind>/<id>.md`, YAML front
/// matter and `# uz` / `# en` body), as a user would have it.
enum CorpusFiles {
  /// Writes `cards` under `directory` (replacing what is there); bundled cards (with a `file`) are copied.
  static func write(_ cards: [Card], bundledContent: URL, to directory: URL) throws {
    let manager = FileManager.default
    try? manager.removeItem(at: directory)
    try manager.createDirectory(at: directory, withIntermediateDirectories: true)
    for name in try manager.contentsOfDirectory(atPath: bundledContent.path) where name != "cards" {
      try manager.copyItem(
        at: bundledContent.appendingPathComponent(name), to: directory.appendingPathComponent(name))
    }
    for kind in CardKind.allCases {
      try manager.createDirectory(
        at: directory.appendingPathComponent("cards/\(kind.rawValue)"),
        withIntermediateDirectories: true)
    }
    for card in cards {
      let target = directory.appendingPathComponent("cards/\(card.kind.rawValue)/\(card.id).md")
      if !card.file.isEmpty {
        try manager.copyItem(at: URL(fileURLWithPath: card.file), to: target)
      } else {
        try Data(text(of: card).utf8).write(to: target)
      }
    }
  }

  /// The card file of a synthetic card.
  static func text(of card: Card) -> String {
    var lines = [
      "---",
      "id: \(card.id)",
      "kind: \(card.kind.rawValue)",
      "jurisdiction: \(card.jurisdiction.rawValue)",
      "title:",
      "  uz: \(quoted(card.title.uz))",
      "  en: \(quoted(card.title.en))",
      "summary:",
      "  uz: \(quoted(card.summary.uz))",
      "  en: \(quoted(card.summary.en))",
    ]
    if let number = card.number { lines.append("number: \(quoted(number))") }
    if let adopted = card.adopted { lines.append("adopted: \"\(adopted)\"") }
    if !card.topics.isEmpty {
      lines.append("topics: [\(card.topics.map(\.rawValue).joined(separator: ", "))]")
    }
    lines.append("sources:")
    lines.append("  - section: \"synthetic\"")
    lines.append("---")
    lines.append("")
    lines.append("# uz")
    lines.append("")
    lines.append(card.body.uz)
    lines.append("")
    lines.append("# en")
    lines.append("")
    lines.append(card.body.en)
    lines.append("")
    return lines.joined(separator: "\n")
  }

  /// A double-quoted YAML scalar.
  private static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      + "\""
  }
}
