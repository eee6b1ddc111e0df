import ArgumentParser
import Foundation
import QomusCore

/// `qomus notes`: the student's personal notes on cards, one per card.
struct NotesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notes",
    abstract:
      "Your personal notes on cards (one per card): list, add, show, remove, search, import.",
    discussion:
      "Notes live in the user data directory (see --data-dir); each is saved in its own transaction.",
    subcommands: [List.self, Add.self, Show.self, Remove.self, Search.self, Import.self],
    defaultSubcommand: List.self)
}

/// A note that is not there.
struct NoNoteError: Error, CustomStringConvertible {
  var cardID: String
  var description: String { "there is no note on '\(cardID)'" }
}

extension NotesCommand {
  /// `qomus notes list`: every note, most recently edited first.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List your notes, most recently edited first.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var data: DataOptions

    @Option(name: .long, help: "The language of the card titles: uz, en, both or cyr (Uzbek in Cyrillic).")
    var lang: LanguageChoice = .en

    @Flag(name: .long, help: "Print JSON (id, text, created, updated) instead of text.")
    var json = false

    func run() throws {
      let notes = try data.openStoreForReading().notes()
      guard !notes.isEmpty || json else {
        print("No notes yet; write one with 'qomus notes add ID TEXT'.")
        return
      }
      try NotePrinter(corpus: try? global.loadCorpus(), choice: lang).print(
        notes, json: json)
    }
  }

  /// `qomus notes add ID TEXT…`: writes the note on a card.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract:
        "Write your note on a card (replacing the old one, or --append to add a paragraph).",
      discussion: "Prints 'Saved note on ID.' only once the note is committed to disk.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var data: DataOptions

    @Argument(help: "The card's id (see 'qomus list').")
    var id: String

    @Argument(help: "The note's text; '-' reads it from standard input.")
    var text: [String]

    @Flag(name: .long, help: "Add the text as a new paragraph instead of replacing the note.")
    var append = false

    func run() throws {
      _ = try GlobalOptions.requireCard(id, in: try global.loadCorpus())
      let body =
        text == ["-"]
        ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        : text.joined(separator: " ")
      let store = try data.openStore()
      let note =
        append
        ? try store.appendToNote(cardID: id, text: body)
        : try store.saveNote(cardID: id, text: body)
      LineOutput.line("Saved note on \(note.cardID).")
    }
  }

  /// `qomus notes show ID`: one note in full.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show your note on a card.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var data: DataOptions

    @Argument(help: "The card's id.")
    var id: String

    @Option(name: .long, help: "The language of the card title: uz, en, both or cyr (Uzbek in Cyrillic).")
    var lang: LanguageChoice = .en

    @Flag(name: .long, help: "Print JSON (id, text, created, updated) instead of text.")
    var json = false

    func run() throws {
      guard let note = try data.openStoreForReading().note(on: id) else {
        throw NoNoteError(cardID: id)
      }
      try NotePrinter(corpus: try? global.loadCorpus(), choice: lang).print(
        [note], json: json)
    }
  }

  /// `qomus notes remove ID`.
  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "remove", abstract: "Delete your note on a card.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var data: DataOptions

    @Argument(help: "The card's id.")
    var id: String

    func run() throws {
      guard try data.openStore().removeNote(on: id) else { throw NoNoteError(cardID: id) }
      LineOutput.line("Removed the note on \(id).")
    }
  }

  /// `qomus notes search QUERY…`.
  struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "search",
      abstract:
        "Find your notes containing every word of the query (case and Uzbek apostrophes ignored).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var data: DataOptions

    @Argument(help: "The words to find.")
    var query: [String]

    @Option(name: .long, help: "The language of the card titles: uz, en, both or cyr (Uzbek in Cyrillic).")
    var lang: LanguageChoice = .en

    @Flag(name: .long, help: "Print JSON (id, text, created, updated) instead of text.")
    var json = false

    func run() throws {
      let notes = try data.openStoreForReading().searchNotes(query.joined(separator: " "))
      guard !notes.isEmpty || json else {
        print("No note contains every word of the query.")
        return
      }
      try NotePrinter(corpus: try? global.loadCorpus(), choice: lang).print(
        notes, json: json)
    }
  }

  /// `qomus notes import`: notes as JSON Lines on standard input, each saved in its own transaction.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract:
        "Save notes read from standard input, one JSON object per line: {\"id\": …, \"text\": …}.",
      discussion:
        "Each note replaces the card's note and is committed before 'Saved note on ID.' is printed."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var data: DataOptions

    struct Line: Decodable {
      var id: String
      var text: String
    }

    func run() throws {
      let corpus = try global.loadCorpus()
      let store = try data.openStore()
      var failures = 0
      var number = 0
      while let text = readLine(strippingNewline: true) {
        number += 1
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
        guard let line = try? JSONDecoder().decode(Line.self, from: Data(text.utf8)) else {
          Console.warn("line \(number): not a JSON object with \"id\" and \"text\"; skipped")
          failures += 1
          continue
        }
        guard corpus[line.id] != nil else {
          Console.warn("line \(number): no card with id '\(line.id)'; skipped")
          failures += 1
          continue
        }
        do {
          try store.saveNote(cardID: line.id, text: line.text)
          LineOutput.line("Saved note on \(line.id).")
        } catch {
          Console.warn("line \(number): \(error.description)")
          failures += 1
        }
      }
      if failures > 0 { throw ExitCode.failure }
    }
  }
}

/// Prints notes as text or JSON.
struct NotePrinter {
  var corpus: Corpus?
  var choice: LanguageChoice

  struct JSONNote: Encodable {
    var id: String
    var text: String
    var created: String
    var updated: String
  }

  func print(_ notes: [UserNote], json: Bool) throws {
    if json {
      let iso = ISO8601DateFormatter()
      try Console.printJSON(
        notes.map {
          JSONNote(
            id: $0.cardID, text: $0.text, created: iso.string(from: $0.created),
            updated: iso.string(from: $0.updated))
        })
      return
    }
    for (index, note) in notes.enumerated() {
      if index > 0 { Swift.print() }
      let title = corpus?[note.cardID].map { card in
        choice.joined(card.title)
      }
      Swift.print(
        Console.styled(note.cardID, .accent) + "  "
          + Console.styled(LocalDate.format(note.updated), .dim)
          + (title.map { "  " + Console.styled($0, .bold) } ?? ""))
      for line in note.text.split(separator: "\n", omittingEmptySubsequences: false) {
        Swift.print("  " + Console.styled(String(line)))
      }
    }
  }
}

/// Dates as the user reads them: local time to the minute.
enum LocalDate {
  static func format(_ date: Date, time: Bool = true) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = time ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd"
    return formatter.string(from: date)
  }
}
