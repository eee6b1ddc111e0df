import ArgumentParser
import QomusCore

/// `qomus show ID`: one card in full.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show one card: its fields, body, links, backlinks, sources and fact-check notes.")

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The card's id (see 'qomus list').")
  var id: String

  @Option(name: .long, help: "The language: uz, en, both or cyr (Uzbek in Cyrillic).")
  var lang: LanguageChoice = .both

  @Flag(name: .long, help: "Print a JSON object instead of text.")
  var json = false

  func run() throws {
    let corpus = try global.loadCorpus()
    guard let card = corpus[id] ?? corpus.cards.first(where: { $0.id.lowercased() == id.lowercased() })
    else {
      throw CommandError.unknownCard(id, suggestions: Suggestions.near(id, in: corpus.cards.map(\.id)))
    }
    if json {
      try Console.printJSON(CardJSON.detail(card, in: corpus))
    } else {
      print(CardPrinter(corpus: corpus, choice: lang).render(card), terminator: "")
    }
  }
}
