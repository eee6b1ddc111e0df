/// A problem found in the content, reported like a compiler: `file:line: error: Q007 message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  public enum Severity: String, Sendable, Comparable {
    case warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
  }

  public var file: String
  /// 1-based line, or 0 when the problem concerns the whole file.
  public var line: Int
  public var severity: Severity
  public var code: DiagnosticCode
  public var message: String

  public init(
    file: String, line: Int, severity: Severity? = nil, code: DiagnosticCode, message: String
  ) {
    self.file = file
    self.line = line
    self.severity = severity ?? code.defaultSeverity
    self.code = code
    self.message = message
  }

  public var description: String {
    let location = line > 0 ? "\(file):\(line)" : file
    return "\(location): \(severity.rawValue): \(code.rawValue) \(message)"
  }
}

/// The stable codes of `qomus check`, tabled in the README.
public enum DiagnosticCode: String, Sendable, CaseIterable {
  /// The file cannot be read as a card: no front matter, bad YAML, not UTF-8.
  case parse = "Q001"
  /// A required field is missing or empty.
  case missingField = "Q002"
  /// A text has one language but not the other.
  case missingLanguage = "Q003"
  /// A field has a value outside its vocabulary or format (kind, jurisdiction, status, date, id).
  case invalidValue = "Q004"
  /// A topic is not in the fixed vocabulary.
  case unknownTopic = "Q005"
  /// Two cards share an id.
  case duplicateID = "Q006"
  /// A link points to no card.
  case unknownLinkTarget = "Q007"
  /// A link has a relation outside the vocabulary.
  case unknownRelation = "Q008"
  /// Uzbek text uses an apostrophe other than ʻ (U+02BB) and ʼ (U+02BC) inside a word.
  case mixedApostrophes = "Q009"
  /// The file name does not match the card's id.
  case fileNameMismatch = "Q010"
  /// The body lacks a `# uz` or `# en` section.
  case missingBodySection = "Q011"
  /// A front-matter field Qomus does not know (a typo, usually).
  case unknownField = "Q012"
  /// A link to the card itself, or the same link twice.
  case redundantLink = "Q013"
  /// A card lacks a link its kind is expected to have (a deficiency with no act, a proposal with no model …).
  case missingExpectedLink = "Q014"
  /// A tour, matrix or glossary file is malformed or names an unknown card.
  case companionFile = "Q015"
  /// A link that says how the article connects two cards joins a card the article never mentions, so it can only
  /// be Qomus's inference, yet it is not marked `inferred: true`.
  case unmarkedInference = "Q016"
  /// A matrix cell opens a card of another jurisdiction than its column's.
  case matrixJurisdiction = "Q017"

  public var defaultSeverity: Diagnostic.Severity {
    switch self {
    case .unknownField, .redundantLink, .missingExpectedLink, .fileNameMismatch: .warning
    default: .error
    }
  }

  /// What the code means, for the README and `qomus check --explain`.
  public var summary: String {
    switch self {
    case .parse: "the file cannot be read as a card (front matter, YAML syntax, encoding)"
    case .missingField: "a required field is missing or empty"
    case .missingLanguage: "a text lacks its Uzbek or English version"
    case .invalidValue: "a value outside its vocabulary or format"
    case .unknownTopic: "a topic outside the fixed vocabulary"
    case .duplicateID: "two cards share an id"
    case .unknownLinkTarget: "a link points to no card"
    case .unknownRelation: "a link relation outside the vocabulary"
    case .mixedApostrophes: "Uzbek text uses ', ‘, ’, ` or ´ inside a word instead of ʻ / ʼ"
    case .fileNameMismatch: "the file name is not <id>.md"
    case .missingBodySection: "the body lacks a # uz or # en section"
    case .unknownField: "an unknown front-matter field"
    case .redundantLink: "a link to the card itself, or a repeated link"
    case .missingExpectedLink: "a card lacks the links its kind should have"
    case .companionFile: "a tour, matrix or glossary problem"
    case .unmarkedInference:
      "a link the article cannot make (to or from a card with no 'section:' source) lacks 'inferred: true'"
    case .matrixJurisdiction: "a matrix cell opens a card of another jurisdiction than its column's"
    }
  }
}
