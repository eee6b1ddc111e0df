import ArgumentParser
import Foundation
import QomusCore
import QomusTUI

/// `qomus present [TOUR] [--presenter]`: a tour as full-screen slides, for a projector; with `--presenter`, the
/// lecturer's screen that stays in step with it.
struct PresentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "present",
    abstract: "Present a tour as full-screen slides (for a projector).",
    discussion: """
      One slide per stop: a large title, the summary and the key points, with progress. Space, → or l: next; ←, \
      Backspace or h: previous; n: the lecturer note; Enter: open the card in the explorer; q: leave. \
      Run 'qomus present TOUR --presenter' in a second terminal for the presenter's screen: the lecturer note, \
      the next slide and a clock. The two find each other through a socket in $XDG_RUNTIME_DIR/qomus (else the \
      cache directory) and stay on the same slide whichever gets the key; either may start first. \
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

  @Flag(
    name: .long,
    help: "The presenter's screen: the lecturer note, the next slide and a clock, in step with the projector.")
  var presenter = false

  func validate() throws {
    if lang == .both { throw ValidationError("slides show one language: --lang uz, en or cyr") }
  }

  func run() throws {
    let wanted = tour
    try ExploreCommand.launch(
      global: global, data: data, theme: theme, language: lang.mode, mouse: !noMouse,
      presenterScreen: presenter,
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
