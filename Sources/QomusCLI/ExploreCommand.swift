import ArgumentParser
import QomusCore

/// `qomus explore` (the default): the full-screen explorer. (Placeholder until the TUI lands: prints the list.)
struct ExploreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "explore", abstract: "Open the explorer (the default).")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let corpus = try global.loadCorpus()
    for card in corpus.cards { print("\(card.id)  \(Console.styled(card.title.en))") }
  }
}
