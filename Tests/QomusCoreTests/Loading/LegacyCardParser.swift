import Foundation
import Yams

@testable import QomusCore

// The card parser as it was before the fast loader (Foundation strings, a regular expression), kept verbatim as
// the reference the parity tests compare the fast parser with. Not used by Qomus itself.

/// Reads one card file into a `Card`, collecting every problem it finds as a `Diagnostic`.
///
/// A file that cannot become a card at all (no front matter, broken YAML, a missing id, kind, jurisdiction or title)
/// yields no card; any other problem is reported and the card still loads.
struct LegacyCardParser {
  static let knownFields = CardParser.knownFields

  let file: String
  private var diagnostics: [Diagnostic] = []
  private var lineOffset = 0
  /// The line of each front-matter field's key.
  private var fieldLines: [String: Int] = [:]

  init(file: String) {
    self.file = file
  }

  /// Parses `text`, the contents of `file`.
  static func parse(_ text: String, file: String) -> (card: Card?, diagnostics: [Diagnostic]) {
    var parser = LegacyCardParser(file: file)
    let card = parser.parse(text)
    return (card, parser.diagnostics)
  }

  private mutating func parse(_ text: String) -> Card? {
    guard let frontMatter = LegacyFrontMatter(text: text) else {
      report(
        1, .parse,
        "no front matter: a card starts with a '---' line and its fields end with another")
      return nil
    }
    lineOffset = frontMatter.yamlFirstLine - 1
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: frontMatter.yaml) else {
        report(frontMatter.yamlFirstLine, .parse, "the front matter is empty")
        return nil
      }
      root = node
    } catch let error as YamlError {
      let (line, message) = Self.describe(error)
      // libyaml reports an unclosed construct at the end of the stream: clamp it to the last line of the YAML.
      let lastLine =
        frontMatter.yamlFirstLine
        + max(
          frontMatter.yaml.split(separator: "\n", omittingEmptySubsequences: false).count - 1, 0)
      report(
        min(line.map { $0 + lineOffset } ?? frontMatter.yamlFirstLine, lastLine), .parse,
        "YAML: \(message)")
      return nil
    } catch {
      report(frontMatter.yamlFirstLine, .parse, "YAML: \(error)")
      return nil
    }
    guard let mapping = root.mapping else {
      report(line(of: root), .parse, "the front matter must be a mapping of fields")
      return nil
    }
    var fields: [String: Node] = [:]
    for (key, value) in mapping {
      guard let name = key.string else { continue }
      fieldLines[name] = line(of: key)
      if fields[name] != nil {
        report(line(of: key), .parse, "field '\(name)' appears twice")
      }
      fields[name] = value
      if !Self.knownFields.contains(name) {
        report(line(of: key), .unknownField, "unknown field '\(name)'")
      }
    }
    let topLine = frontMatter.yamlFirstLine

    let id = requiredString(fields["id"], "id", fallbackLine: topLine)
    if let id, id.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression) == nil {
      report(line(of: fields["id"]), .invalidValue, "id '\(id)' is not a kebab-case slug")
    }
    let kind: CardKind? = requiredEnum(fields["kind"], "kind", fallbackLine: topLine)
    let jurisdiction: Jurisdiction? = requiredEnum(
      fields["jurisdiction"], "jurisdiction", fallbackLine: topLine)
    let title = localized(fields["title"], "title", required: true, fallbackLine: topLine)
    let summary = localized(fields["summary"], "summary", required: true, fallbackLine: topLine)
    let number = optionalString(fields["number"])
    let issuer = localized(fields["issuer"], "issuer", required: false, fallbackLine: topLine)
    let adopted = date(fields["adopted"], "adopted")
    let inForce = date(fields["in_force"], "in_force")
    let status: ActStatus? = optionalEnum(fields["status"], "status")
    let topics = topics(fields["topics"])
    let sources = sources(fields["sources"], fallbackLine: topLine)
    let links = links(fields["links"])
    let notes = notes(fields["notes"])
    let body = parseBody(frontMatter)

    guard let id, let kind, let jurisdiction, let title else { return nil }
    return Card(
      id: id, kind: kind, jurisdiction: jurisdiction, title: title,
      summary: summary ?? LocalizedText(uz: "", en: ""), body: body, number: number, issuer: issuer,
      adopted: adopted, inForce: inForce, status: status, topics: topics, sources: sources,
      links: links,
      notes: notes, file: file)
  }

  // MARK: Fields

  private mutating func requiredString(_ node: Node?, _ name: String, fallbackLine: Int) -> String? {
    guard let node else {
      report(fallbackLine, .missingField, "missing required field '\(name)'")
      return nil
    }
    guard let value = node.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines),
      !value.isEmpty
    else {
      report(line(of: node), .missingField, "field '\(name)' must be a non-empty text")
      return nil
    }
    return value
  }

  private mutating func optionalString(_ node: Node?) -> String? {
    guard let node else { return nil }
    guard let value = node.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines) else {
      report(line(of: node), .invalidValue, "expected a text")
      return nil
    }
    return value.isEmpty ? nil : value
  }

  private mutating func requiredEnum<Value: RawRepresentable & CaseIterable>(
    _ node: Node?, _ name: String, fallbackLine: Int
  ) -> Value? where Value.RawValue == String {
    guard let text = requiredString(node, name, fallbackLine: fallbackLine) else { return nil }
    return enumValue(text, name, line: line(of: node))
  }

  private mutating func optionalEnum<Value: RawRepresentable & CaseIterable>(
    _ node: Node?, _ name: String
  ) -> Value?
  where Value.RawValue == String {
    guard let text = optionalString(node) else { return nil }
    return enumValue(text, name, line: line(of: node))
  }

  private mutating func enumValue<Value: RawRepresentable & CaseIterable>(
    _ text: String, _ name: String, line: Int
  )
    -> Value? where Value.RawValue == String
  {
    if let value = Value(rawValue: text) { return value }
    let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
    report(line, .invalidValue, "\(name) '\(text)' is not one of: \(allowed)")
    return nil
  }

  private mutating func date(_ node: Node?, _ name: String) -> PartialDate? {
    guard let text = optionalString(node) else { return nil }
    if let date = PartialDate(text) { return date }
    report(
      line(of: node), .invalidValue,
      "\(name) '\(text)' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    return nil
  }

  private mutating func localized(
    _ node: Node?, _ name: String, required: Bool, fallbackLine: Int, otherKeys: Set<String> = []
  ) -> LocalizedText? {
    guard let node else {
      if required { report(fallbackLine, .missingField, "missing required field '\(name)'") }
      return nil
    }
    guard let mapping = node.mapping else {
      report(line(of: node), .invalidValue, "field '\(name)' must have 'uz' and 'en' entries")
      return nil
    }
    var texts: [Language: String] = [:]
    for (key, value) in mapping {
      guard let keyName = key.string, !otherKeys.contains(keyName) else { continue }
      guard let language = Language(rawValue: keyName) else {
        report(
          line(of: key), .invalidValue, "'\(name)' has '\(keyName)'; only 'uz' and 'en' are allowed"
        )
        continue
      }
      let text = value.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
      if !text.isEmpty { texts[language] = text }
      if language == .uz { checkApostrophes(text, line: line(of: value)) }
    }
    for language in Language.allCases where texts[language] == nil {
      report(
        fieldLines[name] ?? line(of: node), .missingLanguage,
        "'\(name)' has no '\(language.rawValue)' text")
    }
    return LocalizedText(uz: texts[.uz] ?? "", en: texts[.en] ?? "")
  }

  private mutating func topics(_ node: Node?) -> [Topic] {
    guard let node else { return [] }
    guard let sequence = node.sequence else {
      report(line(of: node), .invalidValue, "topics must be a list")
      return []
    }
    return sequence.compactMap { item in
      guard let text = item.string else { return nil }
      if let topic = Topic(rawValue: text) { return topic }
      report(line(of: item), .unknownTopic, "unknown topic '\(text)'")
      return nil
    }
  }

  private mutating func sources(_ node: Node?, fallbackLine: Int) -> [CardSource] {
    guard let node, let sequence = node.sequence, !sequence.isEmpty else {
      report(
        node.map { line(of: $0) } ?? fallbackLine, .missingField, "a card needs at least one source"
      )
      return []
    }
    return sequence.compactMap { item in
      guard let mapping = item.mapping else {
        report(line(of: item), .invalidValue, "a source is 'section: …' or 'url: …'")
        return nil
      }
      if let section = mapping["section"]?.string, !section.isEmpty { return .section(section) }
      if let url = mapping["url"]?.string, !url.isEmpty {
        return .url(url, label: mapping["label"]?.string)
      }
      report(line(of: item), .invalidValue, "a source is 'section: …' or 'url: …'")
      return nil
    }
  }

  private mutating func links(_ node: Node?) -> [CardLink] {
    guard let node else { return [] }
    guard let sequence = node.sequence else {
      report(line(of: node), .invalidValue, "links must be a list of {rel: …, to: …}")
      return []
    }
    return sequence.compactMap { item in
      let line = line(of: item)
      guard let mapping = item.mapping, let rel = mapping["rel"]?.string,
        let target = mapping["to"]?.string
      else {
        report(line, .invalidValue, "a link is {rel: RELATION, to: CARD-ID}")
        return nil
      }
      guard let relation = LinkRelation(rawValue: rel), !relation.isComputed else {
        let allowed = LinkRelation.allCases.filter { !$0.isComputed }.map(\.rawValue)
          .joined(separator: ", ")
        let computed = LinkRelation(rawValue: rel)?.isComputed == true
        report(
          line, .unknownRelation,
          computed
            ? "'\(rel)' is computed from the card's 'section:' sources; do not write it"
            : "unknown link relation '\(rel)' (use one of: \(allowed))")
        return nil
      }
      var inferred = false
      if let node = mapping["inferred"] {
        if let value = node.bool {
          inferred = value
        } else {
          report(self.line(of: node), .invalidValue, "'inferred' must be true or false")
        }
      }
      return CardLink(relation: relation, target: target, inferred: inferred, line: line)
    }
  }

  private mutating func notes(_ node: Node?) -> [FactNote] {
    guard let node else { return [] }
    guard let sequence = node.sequence else {
      report(line(of: node), .invalidValue, "notes must be a list")
      return []
    }
    return sequence.compactMap { item in
      guard
        let text = localized(
          item, "note", required: true, fallbackLine: line(of: item), otherKeys: ["source"])
      else { return nil }
      let source = item.mapping?["source"]?.string ?? ""
      if source.isEmpty {
        report(line(of: item), .missingField, "a fact-check note needs a 'source'")
      }
      return FactNote(text: text, source: source)
    }
  }

  // MARK: Body

  private mutating func parseBody(_ frontMatter: LegacyFrontMatter) -> LocalizedText {
    let sections = LegacyBodySections(lines: frontMatter.bodyLines, firstLine: frontMatter.bodyFirstLine)
    if let stray = sections.strayLine {
      report(stray, .missingBodySection, "body text before the first '# uz' or '# en' heading")
    }
    for language in Language.allCases where (sections.text[language] ?? "").isEmpty {
      let line = sections.line[language] ?? max(frontMatter.bodyFirstLine - 1, 1)
      report(line, .missingBodySection, "the body has no '# \(language.rawValue)' section")
    }
    for (number, text) in sections.numberedLines[.uz] ?? [] {
      checkApostrophes(String(text), line: number)
    }
    return LocalizedText(uz: sections.text[.uz] ?? "", en: sections.text[.en] ?? "")
  }

  private mutating func checkApostrophes(_ text: String, line: Int) {
    let words = LegacyApostropheCheck.offendingWords(in: text)
    guard !words.isEmpty else { return }
    let shown = words.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
    report(line, .mixedApostrophes, "Uzbek text must use ʻ (U+02BB) and ʼ (U+02BC): \(shown)")
  }

  // MARK: Reporting

  private func line(of node: Node?) -> Int {
    (node?.mark?.line ?? 1) + lineOffset
  }

  private mutating func report(_ line: Int, _ code: DiagnosticCode, _ message: String) {
    diagnostics.append(Diagnostic(file: file, line: line, code: code, message: message))
  }

  private static func describe(_ error: YamlError) -> (line: Int?, message: String) {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { "\(problem) (\($0.text))" } ?? problem
      return (mark.line, detail)
    case .reader(let problem, _, _, _):
      return (nil, problem)
    default:
      return (nil, "\(error)")
    }
  }
}

/// A card file split into its YAML front matter and its Markdown body.
struct LegacyFrontMatter {
  /// The YAML between the two `---` lines.
  var yaml: String
  /// The 1-based line of the file where the YAML starts.
  var yamlFirstLine: Int
  /// The lines after the closing `---`.
  var bodyLines: [Substring]
  /// The 1-based line of the file where the body starts.
  var bodyFirstLine: Int

  /// Splits `text`; nil when it does not open with a `---` line closed by another.
  init?(text: String) {
    // "\r\n" is one Character in Swift, so normalise line endings before splitting.
    let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
    let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
    guard let opening = lines.first, opening.trimmingPrefix("\u{FEFF}") == "---" else { return nil }
    let first = 1
    guard let closing = lines[first...].firstIndex(where: { $0 == "---" }) else { return nil }
    yaml = lines[first..<closing].joined(separator: "\n")
    yamlFirstLine = first + 1
    bodyLines = Array(lines[(closing + 1)...])
    bodyFirstLine = closing + 2
  }
}

/// The per-language sections of a card body, headed `# uz` and `# en`.
struct LegacyBodySections {
  var text: [Language: String] = [:]
  var line: [Language: Int] = [:]
  /// Each section's lines with their 1-based line numbers in the file.
  var numberedLines: [Language: [(number: Int, text: Substring)]] = [:]
  /// Non-blank lines before the first language heading.
  var strayLine: Int?

  init(lines: [Substring], firstLine: Int) {
    var current: Language?
    var collected: [Language: [Substring]] = [:]
    for (offset, line) in lines.enumerated() {
      if let language = Self.heading(line) {
        current = language
        self.line[language] = firstLine + offset
        collected[language] = []
        numberedLines[language] = []
      } else if let current {
        collected[current, default: []].append(line)
        numberedLines[current, default: []].append((firstLine + offset, line))
      } else if !line.allSatisfy(\.isWhitespace), strayLine == nil {
        strayLine = firstLine + offset
      }
    }
    for (language, lines) in collected {
      text[language] = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
  }

  private static func heading(_ line: Substring) -> Language? {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("# ") else { return nil }
    return Language(
      rawValue: String(trimmed.dropFirst(2)).trimmingCharacters(in: .whitespaces).lowercased())
  }
}

/// Finds apostrophes that break the content's Uzbek convention: ʻ (U+02BB) in oʻ/gʻ and ʼ (U+02BC) for the tutuq
/// belgisi. Any other apostrophe-like character between two letters is a mixed convention.
enum LegacyApostropheCheck {
  /// Characters that people type for ʻ or ʼ but the content must not use inside a word.
  static let foreignApostrophes: Set<Character> = Apostrophes.characters.subtracting(
    Apostrophes.official)

  /// The words of `text` that use a foreign apostrophe between letters.
  static func offendingWords(in text: String) -> [String] {
    var result: [String] = []
    for word in text.split(whereSeparator: { $0.isWhitespace }) {
      let characters = Array(word)
      for index in characters.indices.dropFirst().dropLast()
      where foreignApostrophes.contains(characters[index]) && characters[index - 1].isLetter
        && characters[index + 1].isLetter
      {
        result.append(String(word))
        break
      }
    }
    return result
  }
}

/// The content loader as it was before the fast loader: FileManager's enumerator, Foundation's UTF-8 decoding and
/// the legacy parser.
enum LegacyContentLoader {
  static func load(directory: URL) -> (cards: [Card], diagnostics: [Diagnostic], skipped: [String]) {
    let cardsDirectory = directory.appendingPathComponent("cards")
    var cards: [Card] = []
    var diagnostics: [Diagnostic] = []
    var skipped: [String] = []
    var files: [URL] = []
    if let enumerator = FileManager.default.enumerator(
      at: cardsDirectory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    {
      for case let url as URL in enumerator where url.pathExtension == "md" { files.append(url) }
    }
    files.sort { $0.path < $1.path }
    if files.isEmpty {
      diagnostics.append(
        Diagnostic(
          file: cardsDirectory.path, line: 0, code: .parse,
          message: "no card files (*.md) found in this directory"))
    }
    for file in files {
      let path = file.path
      guard let data = FileManager.default.contents(atPath: path) else {
        diagnostics.append(Diagnostic(file: path, line: 0, code: .parse, message: "cannot read the file"))
        skipped.append(path)
        continue
      }
      guard let text = String(data: data, encoding: .utf8) else {
        diagnostics.append(
          Diagnostic(file: path, line: 0, code: .parse, message: "the file is not valid UTF-8"))
        skipped.append(path)
        continue
      }
      let (card, problems) = LegacyCardParser.parse(text, file: path)
      diagnostics += problems
      if let card { cards.append(card) } else { skipped.append(path) }
    }
    let validated = CorpusValidator.validate(cards)
    return (validated.cards, diagnostics + validated.diagnostics, skipped)
  }
}
