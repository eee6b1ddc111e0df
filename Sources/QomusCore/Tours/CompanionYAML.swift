import Foundation
import Yams

/// Reads a companion YAML file (a tour, the comparison matrix) node by node, reporting every problem as a
/// `Q015` diagnostic on its line, so a bad entry is skipped and the rest of the file still loads.
struct CompanionYAML {
  let file: String
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String) {
    self.file = file
  }

  /// The root mapping of `text`, or nil (reported) when the YAML is broken or not a mapping.
  mutating func rootMapping(_ text: String) -> Node.Mapping? {
    do {
      guard let root = try Yams.compose(yaml: text) else {
        report(1, "the file is empty")
        return nil
      }
      guard let mapping = root.mapping else {
        report(line(of: root), "the file must be a mapping of fields")
        return nil
      }
      return mapping
    } catch let error as YamlError {
      let (line, message) = Self.describe(error)
      report(line ?? 1, "YAML: \(message)")
      return nil
    } catch {
      report(1, "YAML: \(error)")
      return nil
    }
  }

  /// The fields of `mapping` by name; a repeated field or one outside `known` is reported.
  mutating func fields(of mapping: Node.Mapping, known: Set<String>, in context: String) -> [String:
    Node]
  {
    var fields: [String: Node] = [:]
    for (key, value) in mapping {
      guard let name = key.string else { continue }
      if fields[name] != nil { report(line(of: key), "\(context): field '\(name)' appears twice") }
      if !known.contains(name) {
        let allowed = known.sorted().joined(separator: ", ")
        report(
          line(of: key), "\(context): unknown field '\(name)' (expected: \(allowed))",
          severity: .warning)
      }
      fields[name] = value
    }
    return fields
  }

  /// A non-empty text; reported when missing (if `required`) or not a text.
  mutating func string(_ node: Node?, _ name: String, required: Bool, fallbackLine: Int) -> String? {
    guard let node else {
      if required { report(fallbackLine, "missing field '\(name)'") }
      return nil
    }
    guard let value = node.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines),
      !value.isEmpty
    else {
      report(line(of: node), "field '\(name)' must be a non-empty text")
      return nil
    }
    return value
  }

  /// A `{uz: …, en: …}` text. A missing language is reported and left empty; Uzbek text is checked for the
  /// apostrophe convention (Q009).
  mutating func localized(_ node: Node?, _ name: String, required: Bool, fallbackLine: Int)
    -> LocalizedText?
  {
    guard let node else {
      if required { report(fallbackLine, "missing field '\(name)' (with 'uz' and 'en' texts)") }
      return nil
    }
    guard let mapping = node.mapping else {
      report(line(of: node), "field '\(name)' must have 'uz' and 'en' entries")
      return nil
    }
    var texts: [Language: String] = [:]
    for (key, value) in mapping {
      guard let keyName = key.string else { continue }
      guard let language = Language(rawValue: keyName) else {
        report(line(of: key), "'\(name)' has '\(keyName)'; only 'uz' and 'en' are allowed")
        continue
      }
      let text = value.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
      if !text.isEmpty { texts[language] = text }
      if language == .uz { checkApostrophes(text, line: line(of: value)) }
    }
    for language in Language.allCases where texts[language] == nil {
      report(line(of: node), "'\(name)' has no '\(language.rawValue)' text")
    }
    return LocalizedText(uz: texts[.uz] ?? "", en: texts[.en] ?? "")
  }

  /// The 1-based line of `node` in the file.
  func line(of node: Node?) -> Int {
    node?.mark?.line ?? 1
  }

  mutating func report(_ line: Int, _ message: String, severity: Diagnostic.Severity? = nil) {
    diagnostics.append(
      Diagnostic(file: file, line: line, severity: severity, code: .companionFile, message: message)
    )
  }

  private mutating func checkApostrophes(_ text: String, line: Int) {
    let words = ApostropheCheck.offendingWords(in: text)
    guard !words.isEmpty else { return }
    let shown = words.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
    diagnostics.append(
      Diagnostic(
        file: file, line: line, code: .mixedApostrophes,
        message: "Uzbek text must use ʻ (U+02BB) and ʼ (U+02BC): \(shown)"))
  }

  private static func describe(_ error: YamlError) -> (line: Int?, message: String) {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      (mark.line, context.map { "\(problem) (\($0.text))" } ?? problem)
    case .reader(let problem, _, _, _):
      (nil, problem)
    default:
      (nil, "\(error)")
    }
  }

  /// Reads `url` as UTF-8 text, reporting a file that cannot be read.
  static func read(_ url: URL, into diagnostics: inout [Diagnostic]) -> String? {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      diagnostics.append(
        Diagnostic(file: url.path, line: 0, code: .companionFile, message: "cannot read the file"))
      return nil
    }
    guard let text = String(data: data, encoding: .utf8) else {
      diagnostics.append(
        Diagnostic(
          file: url.path, line: 0, code: .companionFile, message: "the file is not valid UTF-8"))
      return nil
    }
    return text
  }
}
