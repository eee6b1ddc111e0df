import Yams

/// Reads one card file into a `Card`, collecting every problem it finds as a `Diagnostic`.
///
/// A file that cannot become a card at all (no front matter, broken YAML, a missing id, kind, jurisdiction or title)
/// yields no card; any other problem is reported and the card still loads. Only the front matter goes to Yams; the
/// rest is Swift-native UTF-8 work, with no `NSString` bridging or regular expressions.
public struct CardParser {
  static let knownFields: Set<String> = [
    "id", "kind", "jurisdiction", "title", "summary", "number", "issuer", "adopted", "in_force",
    "status", "topics",
    "sources", "links", "notes",
  ]

  let file: String
  private var diagnostics: [Diagnostic] = []
  private var lineOffset = 0
  /// The line of each front-matter field's key.
  private var fieldLines: [String: Int] = [:]

  public init(file: String) {
    self.file = file
  }

  /// Parses `text`, the contents of `file`.
  public static func parse(_ text: String, file: String) -> (card: Card?, diagnostics: [Diagnostic]) {
    var parser = CardParser(file: file)
    let card = parser.parse(text)
    return (card, parser.diagnostics)
  }

  private mutating func parse(_ text: String) -> Card? {
    guard let frontMatter = FrontMatter(text: text) else {
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
    if let id, !Self.isKebabCaseSlug(id) {
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
    guard let value = node.scalar.map({ Whitespace.trimmed($0.string) }),
      !value.isEmpty
    else {
      report(line(of: node), .missingField, "field '\(name)' must be a non-empty text")
      return nil
    }
    return value
  }

  private mutating func optionalString(_ node: Node?) -> String? {
    guard let node else { return nil }
    guard let value = node.scalar.map({ Whitespace.trimmed($0.string) }) else {
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
      let text = value.scalar.map { Whitespace.trimmed($0.string) } ?? ""
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

  private mutating func parseBody(_ frontMatter: FrontMatter) -> LocalizedText {
    let sections = frontMatter.body
    if let stray = sections.strayLine {
      report(stray, .missingBodySection, "body text before the first '# uz' or '# en' heading")
    }
    for language in Language.allCases where (sections.text[language] ?? "").isEmpty {
      let line = sections.line[language] ?? max(frontMatter.bodyFirstLine - 1, 1)
      report(line, .missingBodySection, "the body has no '# \(language.rawValue)' section")
    }
    for (number, text) in sections.uzbekLinesToCheck {
      checkApostrophes(text, line: number)
    }
    return LocalizedText(uz: sections.text[.uz] ?? "", en: sections.text[.en] ?? "")
  }

  private mutating func checkApostrophes(_ text: String, line: Int) {
    guard ApostropheCheck.mayHaveForeignApostrophe(text) else { return }
    let words = ApostropheCheck.offendingWords(in: text)
    guard !words.isEmpty else { return }
    let shown = words.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
    report(line, .mixedApostrophes, "Uzbek text must use ʻ (U+02BB) and ʼ (U+02BC): \(shown)")
  }

  /// Whether `id` matches `^[a-z0-9]+(-[a-z0-9]+)*$`: lowercase ASCII letters and digits in groups joined by
  /// single hyphens.
  static func isKebabCaseSlug(_ id: String) -> Bool {
    var previousWasHyphen = true
    for byte in id.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): previousWasHyphen = false
      case UInt8(ascii: "-") where !previousWasHyphen: previousWasHyphen = true
      default: return false
      }
    }
    return !previousWasHyphen
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
