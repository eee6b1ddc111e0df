import ArgumentParser
import QomusCore

/// `qomus search QUERY`. (Owned by the search work; placeholder until the index lands.)
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "search", abstract: "Search the cards.")

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The query.")
  var query: [String] = []

  func run() throws {
    let corpus = try global.loadCorpus()
    let engine = try SearchEngine(corpus: corpus)
    for hit in engine.search(query.joined(separator: " ")) { print(hit.id) }
  }
}
