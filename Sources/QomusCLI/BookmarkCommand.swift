import ArgumentParser
import Foundation
import QomusCore

/// `qomus star ID`: bookmarks a card.
struct StarCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "star", abstract: "Star (bookmark) a card; see them with 'qomus starred'.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var data: DataOptions

  @Argument(help: "The card's id (see 'qomus list').")
  var id: String

  func run() throws {
    _ = try GlobalOptions.requireCard(id, in: try global.loadCorpus())
    try data.openStore().star(id)
    LineOutput.line("Starred \(id).")
  }
}

/// `qomus unstar ID`: removes a bookmark.
struct UnstarCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unstar", abstract: "Remove the star from a card.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var data: DataOptions

  @Argument(help: "The card's id.")
  var id: String

  func run() throws {
    let removed = try data.openStore().unstar(id)
    LineOutput.line(removed ? "Unstarred \(id)." : "\(id) was not starred.")
  }
}

/// `qomus starred`: the starred cards, newest first.
struct StarredCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "starred", abstract: "List your starred cards, most recently starred first.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var data: DataOptions

  @Option(name: .long, help: "The language of the titles: uz, en, both or cyr (Uzbek in Cyrillic).")
  var lang: LanguageChoice = .en

  @Flag(name: .long, help: "Print JSON (id, starred) instead of text.")
  var json = false

  struct JSONBookmark: Encodable {
    var id: String
    var starred: String
  }

  func run() throws {
    let bookmarks = try data.openStoreForReading().bookmarks()
    if json {
      let iso = ISO8601DateFormatter()
      try Console.printJSON(
        bookmarks.map { JSONBookmark(id: $0.cardID, starred: iso.string(from: $0.created)) })
      return
    }
    guard !bookmarks.isEmpty else {
      print("No starred cards; star one with 'qomus star ID'.")
      return
    }
    let corpus = try? global.loadCorpus()
    let width = bookmarks.map(\.cardID.count).max() ?? 0
    for bookmark in bookmarks {
      let id = bookmark.cardID.padding(toLength: width, withPad: " ", startingAt: 0)
      let title = corpus?[bookmark.cardID].map { card in
        lang.joined(card.title)
      }
      print(
        Console.styled(id, .accent) + "  "
          + Console.styled(LocalDate.format(bookmark.created), .dim) + "  "
          + Console.styled(title ?? "(no longer in the content)"))
    }
  }
}
