import ArgumentParser
import QomusCore

/// `qomus cite ID…`: how to cite a card in a paper, in the style of docs/citation.md.
struct CiteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cite",
    abstract: "Print a citation of one or more cards, ready to paste into a paper.",
    discussion: """
      The style: Qomus card “Title” (id), based on: the source article, sections …; official pages; accessed via \
      Qomus. --style bibtex prints the same as a BibTeX @misc entry. See docs/citation.md.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The card ids (see 'qomus list').")
  var ids: [String]

  @Option(name: .long, help: "The rendering: plain or bibtex.")
  var style: Citation.Format = .plain

  @Option(name: .long, help: "The language: uz, en, both or cyr (Uzbek in Cyrillic).")
  var lang: LanguageChoice = .en

  func validate() throws {
    if ids.isEmpty { throw ValidationError("name at least one card id") }
  }

  func run() throws {
    let corpus = try global.loadCorpus()
    let unknown = ids.filter { corpus[$0] == nil }
    guard unknown.isEmpty else {
      throw ValidationError(ExportError.unknownCards(unknown).description)
    }
    var blocks: [String] = []
    for id in ids {
      guard let card = corpus[id] else { continue }
      let citation = Citation(card: card, in: corpus)
      blocks += lang.languages.map { citation.text(style, language: $0) }
    }
    print(Console.styled(blocks.joined(separator: style == .bibtex ? "\n\n" : "\n")))
  }
}

extension Citation.Format: ExpressibleByArgument {}
