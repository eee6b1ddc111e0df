import ArgumentParser
import QomusCore

/// `qomus list`: the cards, one per line.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the cards (id, kind, jurisdiction, year, title).")

  @OptionGroup var global: GlobalOptions

  @Option(
    name: .long,
    help: "Only cards of this kind (\(CardKind.allCases.map(\.rawValue).joined(separator: ", "))).")
  var kind: CardKind?

  @Option(name: .long, help: "The language of the titles: uz, en, both or cyr (Uzbek in Cyrillic).")
  var lang: LanguageChoice = .en

  @Flag(name: .long, help: "Print a JSON array instead of text.")
  var json = false

  func run() throws {
    let corpus = try global.loadCorpus()
    let cards = corpus.cards.filter { kind == nil || $0.kind == kind }
    if json {
      try Console.printJSON(cards.map { CardJSON.summary($0, in: corpus) })
      return
    }
    let idWidth = cards.map(\.id.count).max() ?? 0
    for card in cards {
      let year = card.year.map(String.init) ?? "    "
      let id = card.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
      let kindName = card.kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
      let jurisdiction = card.jurisdiction.rawValue.padding(
        toLength: 3, withPad: " ", startingAt: 0)
      let title = lang.joined(card.title)
      print(
        "\(Console.styled(id, .accent))  \(kindName) \(jurisdiction) \(year)  \(Console.styled(title))"
      )
    }
  }
}
