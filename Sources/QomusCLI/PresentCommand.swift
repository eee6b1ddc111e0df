import ArgumentParser
import Foundation
import QomusCore
import QomusTUI

/// `qomus present [TOUR]`: a tour as full-screen slides, for a projector.
struct PresentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "present",
    abstract: "Present a tour as full-screen slides (for a projector).",
    discussion: """
      One slide per stop: a large title, the summary and the key points, with progress. Space, → or l: next; ←, \
      Backspace or h: previous; n: the lecturer note; Enter: open the card in the explorer; q or Esc: leave. \
      'qomus tours' lists the tours.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var data: DataOptions

  @Argument(help: "The tour's id (default: the first tour).")
  var tour: String?

  @Option(
    name: .long,
    help: "Colours: light (high contrast, the default for projectors), dark or mono.")
  var theme: ThemeName = .light

  @Option(name: .long, help: "The language: uz, en or cyr (Uzbek in Cyrillic); L switches.")
  var lang: ExploreCommand.StartLanguage = .uz

  @Flag(name: .long, help: "Do not capture the mouse.")
  var noMouse = false

  func validate() throws {
    if lang == .both { throw ValidationError("slides show one language: --lang uz, en or cyr") }
  }

  func run() throws {
    let wanted = tour
    try ExploreCommand.launch(
      global: global, data: data, theme: theme, language: lang.mode, mouse: !noMouse,
      presentTour: { corpus, tours in
        let present = tours.filter { tour in tour.stops.contains { corpus[$0.card] != nil } }
        guard let wanted else {
          guard let first = present.first else {
            throw ExploreError("the content has no tours to present (see 'qomus tours')")
          }
          return first.id
        }
        guard present.contains(where: { $0.id == wanted }) else {
          throw ExploreError(
            ExportError.unknownTour(wanted, available: present.map(\.id)).description)
        }
        return wanted
      },
      hint: "For text use 'qomus tours \(tour ?? "ID") --slides'.")
  }
}
