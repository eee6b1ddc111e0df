import ArgumentParser
import Foundation
import QomusCore

/// `qomus export`: a handout of cards a lecturer can print or share, or a one-page brief of a proposal, with
/// citations of the sources.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Write a handout of cards (Markdown, self-contained HTML or JSON) or a one-page brief of a proposal.",
    discussion: """
      Choose the cards with at most one of --tour, --ids or --kind (default: every card). A tour brings its \
      lecturer notes (--no-notes leaves them out). HTML has its style inline and prints cleanly; JSON holds each \
      card as 'qomus show --json' does. --brief ID writes one page on a proposal instead: what it fixes, what it \
      draws on, the acts it would change, the fact-check caveats of all of these, and the sources (Markdown or \
      HTML, one language). Citations carry the access date (--accessed, default today).
      """
  )

  @OptionGroup var global: GlobalOptions

  @Option(name: .long, help: "The format: markdown, html or json.")
  var format: ExportFormat = .markdown

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The cards of a tour, with its lecturer notes (see 'qomus tours').", valueName: "tour"))
  var tour: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Card ids, separated by commas, in the order to print them.", valueName: "a,b,c"))
  var ids: String?

  @Option(
    name: .long,
    help: "The cards of one kind (\(CardKind.allCases.map(\.rawValue).joined(separator: ", "))).")
  var kind: CardKind?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A one-page brief of this proposal (see 'qomus list --kind proposal').", valueName: "id"))
  var brief: String?

  @Option(
    name: .long,
    help: "The language: uz, en, both or cyr (Uzbek in Cyrillic). Default: both for a handout, uz for a brief.")
  var lang: ExportLanguage?

  @Flag(name: .long, help: "Leave the lecturer notes of a tour out of the handout.")
  var noNotes = false

  @Option(
    name: .long,
    help: ArgumentHelp("The access date the citations carry (default: today).", valueName: "yyyy-mm-dd"))
  var accessed: String?

  @Option(
    name: [.customShort("o"), .long],
    help: ArgumentHelp("The file to write ('-' or none: standard output).", valueName: "file"))
  var output: String?

  func validate() throws {
    let chosen = [tour != nil, ids != nil, kind != nil].filter { $0 }.count
    if chosen > 1 { throw ValidationError("use only one of --tour, --ids and --kind") }
    if brief != nil {
      if chosen > 0 {
        throw ExportOptionError("--brief makes a brief of one proposal: leave out --tour, --ids and --kind")
      }
      if format == .json { throw ExportOptionError(ExportError.briefFormat("json").description) }
      if lang == .both { throw ExportOptionError("a brief is one page in one language: --lang uz, en or cyr") }
    }
    if lang == .cyr, format == .json {
      throw ExportOptionError("JSON keeps the texts as written, in Latin script: use --lang uz, en or both")
    }
    if let accessed, !ExportCommand.isDate(accessed) {
      throw ExportOptionError("--accessed '\(accessed)' is not a date like 2026-12-01")
    }
  }

  func run() throws {
    let directory = try global.contentDirectory()
    let corpus = try global.loadCorpus()
    let date = accessed ?? Self.today()
    if let brief {
      let language = lang ?? .uz
      let page = try ProposalBrief(
        proposal: brief, corpus: corpus, language: language.languages[0], script: language.script,
        accessed: date)
      try write(try format.render(page), summary: "a brief of \(brief)")
      return
    }
    let tours = CompanionFiles.load(directory: directory, corpus: corpus).tours
    let language = lang ?? .both
    let handout = try Handout(
      selection: selection, corpus: corpus, tours: tours, languages: language.languages,
      script: language.script, lecturerNotes: !noNotes, accessed: date)
    try write(try format.render(handout), summary: "\(handout.entries.count) card(s)")
  }

  /// Prints `text`, or writes it to `--output` and says so.
  private func write(_ text: String, summary: String) throws {
    guard let output, output != "-" else {
      print(text, terminator: "")
      return
    }
    try OutputFile.write(text, to: output)
    print("wrote \(summary) as \(format.rawValue) to \(output)")
  }

  /// Today's date as yyyy-mm-dd, in the local time zone.
  static func today() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date())
  }

  /// True for a real calendar date written yyyy-mm-dd.
  static func isDate(_ text: String) -> Bool {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return text.count == 10 && formatter.date(from: text).map { formatter.string(from: $0) == text } ?? false
  }

  private var selection: ExportSelection {
    if let tour { return .tour(tour) }
    if let ids {
      return .ids(
        ids.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
          !$0.isEmpty
        })
    }
    if let kind { return .kind(kind) }
    return .all
  }
}

extension ExportFormat: ExpressibleByArgument {}

/// A combination of export options that cannot work, said plainly (without the usage text).
struct ExportOptionError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// The language of an export: one or both languages, or Uzbek in Cyrillic.
enum ExportLanguage: String, ExpressibleByArgument, CaseIterable {
  case uz, en, both, cyr

  var languages: [Language] {
    switch self {
    case .uz, .cyr: [.uz]
    case .en: [.en]
    case .both: [.uz, .en]
    }
  }

  var script: ExportScript { self == .cyr ? .cyrillic : .latin }
}
