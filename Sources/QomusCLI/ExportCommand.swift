import ArgumentParser
import Foundation
import QomusCore

/// `qomus export`: a handout of cards a lecturer can print or share, with citations of the sources.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Write a handout of cards as Markdown, self-contained HTML or JSON, with the sources cited at the end.",
    discussion: """
      Choose the cards with at most one of --tour, --ids or --kind (default: every card). A tour brings its \
      lecturer notes. HTML has its style inline and prints cleanly; JSON holds each card as 'qomus show --json' does.
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

  @Option(name: .long, help: "The language: uz, en or both.")
  var lang: LanguageChoice = .both

  @Option(
    name: [.customShort("o"), .long],
    help: ArgumentHelp("The file to write ('-' or none: standard output).", valueName: "file"))
  var output: String?

  func validate() throws {
    let chosen = [tour != nil, ids != nil, kind != nil].filter { $0 }.count
    if chosen > 1 { throw ValidationError("use only one of --tour, --ids and --kind") }
  }

  func run() throws {
    let directory = try global.contentDirectory()
    let corpus = try global.loadCorpus()
    let tours = CompanionFiles.load(directory: directory, corpus: corpus).tours
    let handout = try Handout(
      selection: selection, corpus: corpus, tours: tours, languages: lang.languages)
    let text = try format.render(handout)
    guard let output, output != "-" else {
      print(text, terminator: "")
      return
    }
    do {
      try text.write(to: URL(fileURLWithPath: output), atomically: true, encoding: .utf8)
    } catch {
      throw ValidationError("cannot write '\(output)': \(error.localizedDescription)")
    }
    print("wrote \(handout.entries.count) card(s) as \(format.rawValue) to \(output)")
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
