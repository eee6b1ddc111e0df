import ArgumentParser
import QomusCore

/// `qomus read ID`: one card as plain lines for screen readers, braille displays and pipes.
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Print a card as plain, line-oriented text for screen readers and pipes.",
    discussion: """
      Title, facts, summary, body (one paragraph a line), numbered links and backlinks, fact-check notes and \
      sources. Never any colour or escape code, never box-drawing characters.
      """)

  enum ReadLanguage: String, ExpressibleByArgument, CaseIterable {
    case uz, en, cyr
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The card's id (see 'qomus list').")
  var id: String

  @Option(name: .long, help: "The language: uz, en or cyr (Uzbek in Cyrillic).")
  var lang: ReadLanguage = .en

  func run() throws {
    let corpus = try global.loadCorpus()
    guard let card = corpus[id] ?? corpus.cards.first(where: { $0.id.lowercased() == id.lowercased() })
    else {
      throw CommandError.unknownCard(id, suggestions: Suggestions.near(id, in: corpus.cards.map(\.id)))
    }
    let language: Language = lang == .en ? .en : .uz
    let lines = ReadableCard.lines(of: card, in: corpus, language: language) { text, language in
      lang == .cyr && language == .uz ? UzbekTransliterator.toCyrillic(text) : text
    }
    for line in lines { LineOutput.line(line) }
  }
}
