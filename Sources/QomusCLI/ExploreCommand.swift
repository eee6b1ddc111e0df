import ArgumentParser
import Foundation
import QomusCore
import QomusTUI

/// `qomus explore` (the default): the full-screen explorer.
struct ExploreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explore",
    abstract: "Open the explorer (the default).",
    discussion:
      "Press ? inside for every key. NO_COLOR turns colour off; the terminal is restored on q, Ctrl-C, SIGTERM and SIGHUP."
  )

  /// The `--lang` values: the language mode to start in (L cycles them).
  enum StartLanguage: String, ExpressibleByArgument, CaseIterable {
    case uz, en, both, cyr

    var mode: LanguageMode {
      switch self {
      case .uz: .uzbek
      case .en: .english
      case .both: .both
      case .cyr: .cyrillic
      }
    }
  }

  @OptionGroup var global: GlobalOptions
  @OptionGroup var data: DataOptions

  @Option(
    name: .long,
    help: "Colours: dark, light (high contrast, for projectors) or mono. NO_COLOR means mono.")
  var theme: ThemeName = .dark

  @Option(
    name: .long,
    help: "The language to start in: uz, en, both (side by side) or cyr (Uzbek in Cyrillic).")
  var lang: StartLanguage = .uz

  @Flag(name: .long, help: "Do not capture the mouse (lets the terminal select text).")
  var noMouse = false

  @Flag(
    name: .long,
    help:
      "For screen readers and braille displays: the cursor stays on the focus, marked '>', plain ASCII instead of box drawing, numbered links (also QOMUS_ACCESSIBLE=1)."
  )
  var accessible = false

  func run() throws {
    try Self.launch(
      global: global, data: data, theme: theme, language: lang.mode, mouse: !noMouse,
      accessible: accessible,
      hint: "For text output use 'qomus list', 'qomus show ID' or 'qomus search QUERY'.")
  }

  /// Opens the explorer on the terminal (presenting `tour` from the start when given) with the content's tours
  /// and matrix and the user store; fails clearly when there is no terminal.
  static func launch(
    global: GlobalOptions, data: DataOptions, theme: ThemeName, language: LanguageMode,
    mouse: Bool, accessible: Bool = false, presenterScreen: Bool = false,
    presentTour: (Corpus, [Tour]) throws -> String? = { _, _ in nil }, hint: String
  ) throws {
    let corpus = try global.loadCorpus()
    let companions = CompanionFiles.load(directory: try global.contentDirectory(), corpus: corpus)
    let tour = try presentTour(corpus, companions.tours)
    guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
      let stream = isatty(STDIN_FILENO) == 1 ? "output" : "input"
      throw ExploreError(
        "the explorer needs a terminal, and standard \(stream) is not one. " + hint)
    }
    let environment = ProcessInfo.processInfo.environment
    let cacheDirectory = CacheLocation.usableDirectory(environment: environment)
    if let cacheDirectory {
      // A first start on a large directory builds the search index here, with a progress bar on the terminal,
      // before the explorer takes the screen and opens the index.
      let bar = ProgressBar()
      SearchEngine.prepareIndex(of: corpus, in: cacheDirectory, progress: bar.update)
      bar.finish()
    }
    let userData = UserDataService(access: UserStore.openOrExplain(directory: data.directory))
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let accessibleByEnvironment = environment["QOMUS_ACCESSIBLE"].map { !$0.isEmpty && $0 != "0" } ?? false
    let options = Explorer.Options(
      theme: noColor ? .mono : theme, language: language,
      cacheDirectory: cacheDirectory, mouse: mouse, presentTour: tour, presenterScreen: presenterScreen,
      accessible: accessible || accessibleByEnvironment)
    let ending = try Explorer.run(
      corpus: corpus, companions: companions, userData: userData, options: options)
    if case .signal(let signal) = ending { NcursesTerminal.reraise(signal) }
  }
}

/// Why the explorer could not start; printed as `Error: …` with exit status 1.
struct ExploreError: Error, CustomStringConvertible {
  let description: String

  init(_ description: String) { self.description = description }
}

/// The `--theme` values are the explorer's themes themselves.
extension ThemeName: ExpressibleByArgument {}
