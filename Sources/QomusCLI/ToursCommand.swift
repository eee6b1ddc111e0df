import ArgumentParser
import QomusCore

/// `qomus tours [ID]`: the bundled tours, or one tour's stops (and, with --slides, its slides as text).
struct ToursCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tours", abstract: "List the tours, or show one tour's stops, notes and slides.")

  @OptionGroup var global: GlobalOptions

  @Argument(help: "A tour's id; without it, every tour is listed.")
  var id: String?

  @Option(name: .long, help: "The language: uz, en, both or cyr (Uzbek in Cyrillic).")
  var lang: LanguageChoice = .en

  @Flag(name: .long, help: "Also print each stop's lecturer note.")
  var notes = false

  @Flag(name: .long, help: "Print the slides: title, summary and key points of each stop.")
  var slides = false

  func run() throws {
    let directory = try global.contentDirectory()
    let corpus = try global.loadCorpus()
    let tours = CompanionFiles.load(directory: directory, corpus: corpus).tours
    guard let id else {
      let width = tours.map(\.id.count).max() ?? 0
      for tour in tours {
        let title = lang.joined(tour.title)
        let padded = tour.id.padding(toLength: width, withPad: " ", startingAt: 0)
        print(
          "\(Console.styled(padded, .accent))  \(String(tour.stops.count).leftPadded(to: 3)) stops  \(Console.styled(title))"
        )
      }
      return
    }
    guard let tour = tours.first(where: { $0.id == id }) else {
      throw ValidationError(ExportError.unknownTour(id, available: tours.map(\.id)).description)
    }
    for language in lang.languages {
      print(Console.styled(lang.text(tour.title, language), .bold))
      if !tour.description[language].isEmpty {
        print(Console.styled(lang.text(tour.description, language), .dim))
      }
      print()
      if slides {
        for slide in tour.slides(in: corpus, language: language) { printSlide(slide) }
      } else {
        printStops(tour, corpus: corpus, language: language)
      }
    }
  }

  private func printStops(_ tour: Tour, corpus: Corpus, language: Language) {
    for (index, stop) in tour.stops.enumerated() {
      let title = corpus[stop.card].map { lang.text($0.title, language) } ?? "(unknown card)"
      print(
        "\(String(index + 1).leftPadded(to: 3)). \(Console.styled(stop.card, .accent))  \(Console.styled(title))"
      )
      if notes, let note = stop.note?[language], !note.isEmpty {
        print("      " + Console.styled(note, .dim))
      }
    }
    print()
  }

  private func printSlide(_ slide: Slide) {
    print(Console.styled("[\(slide.progress)] \(slide.title)", .bold))
    print(Console.styled(slide.kicker, .dim))
    print(Console.styled(slide.summary))
    for point in slide.keyPoints { print(Console.styled("  • " + point)) }
    if notes, let note = slide.note { print(Console.styled("  ✎ " + note, .dim)) }
    print()
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
