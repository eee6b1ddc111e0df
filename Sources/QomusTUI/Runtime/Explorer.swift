import Foundation
import QomusCore

/// The explorer's entry point: opens the terminal, runs the event loop, and always restores the terminal.
public enum Explorer {
  /// What the explorer is started with.
  public struct Options: Sendable {
    public var theme: ThemeName
    public var language: LanguageMode
    /// Where the search engine may keep its index.
    public var cacheDirectory: URL?
    public var mouse: Bool
    /// A tour to present from the start; leaving the presentation then quits (`qomus present`).
    public var presentTour: String?

    public init(
      theme: ThemeName = .dark, language: LanguageMode = .uzbek, cacheDirectory: URL? = nil,
      mouse: Bool = true, presentTour: String? = nil
    ) {
      self.theme = theme
      self.language = language
      self.cacheDirectory = cacheDirectory
      self.mouse = mouse
      self.presentTour = presentTour
    }
  }

  /// How the explorer ended.
  public enum Ending: Sendable, Equatable {
    case quit
    /// A signal (SIGINT, SIGTERM, SIGHUP) arrived; the terminal is restored, and the caller should die by it
    /// (`NcursesTerminal.reraise`) so the parent sees it.
    case signal(Int32)
  }

  /// Runs the explorer on the terminal until the reader quits or a signal arrives: over `corpus` with its tours
  /// and matrix, saving stars, notes and answers through `userData` (nil: nothing is saved).
  public static func run(
    corpus: Corpus, companions: CompanionFiles = CompanionFiles(), userData: UserDataService? = nil,
    options: Options
  ) throws -> Ending {
    let engine = try SearchEngine(
      corpus: corpus, cacheDirectory: options.cacheDirectory, glossary: companions.glossary)
    let terminal = try NcursesTerminal(theme: Theme(options.theme), mouse: options.mouse)
    defer { terminal.restore() }
    var state = AppState(
      corpus: corpus, size: terminal.size, language: options.language, companions: companions,
      user: userData?.snapshot() ?? UserSnapshot(),
      storeStatus: userData?.status ?? .unavailable(reason: nil))
    if let tour = options.presentTour { state.present(tour, quitsOnLeave: true) }
    var driver = ExplorerDriver(state: state, userData: userData) { query, options in
      engine.search(query, options: options)
    }
    let worker = SearchWorker(engine: engine)
    defer { worker.stop() }
    return loop(
      terminal: terminal, driver: &driver, worker: worker, signals: NcursesTerminal.takeSignal)
  }

  /// The event loop: read, update, draw. Queued input is handled before the next frame is drawn, so fast
  /// typing and pasting never lag behind. Ends when the reader quits, the input ends or `signals` reports one.
  public static func loop(
    terminal: some TerminalBackend, driver: inout ExplorerDriver, signals: () -> Int32? = { nil }
  ) -> Ending {
    loop(terminal: terminal, driver: &driver, worker: nil, signals: signals)
  }

  /// The loop with searches on `worker` (in the background), or in line when it is nil.
  static func loop(
    terminal: some TerminalBackend, driver: inout ExplorerDriver, worker: SearchWorker?,
    signals: () -> Int32?
  ) -> Ending {
    terminal.draw(driver.screen)
    while driver.state.isRunning {
      if let signal = signals() { return .signal(signal) }
      if terminal.isAtEnd && worker?.isBusy != true { return .quit }
      let first = terminal.nextEvent(timeout: worker?.isBusy == true ? 20 : 250)
      var changed = false
      if let result = worker?.takeResult() {
        driver.send(.searchCompleted(query: result.query, hits: result.hits))
        changed = true
      }
      var event: InputEvent? = first
      var handled = 0
      while let current = event, driver.state.isRunning {
        for effect in driver.send(Action(current), runsSearches: worker == nil) {
          switch effect {
          case .redraw: terminal.invalidate()
          case .search(let query, let options): worker?.submit(query, options: options)
          case .store, .planQuiz: break
          }
        }
        changed = true
        handled += 1
        event = handled < 64 && driver.state.isRunning ? terminal.nextEvent(timeout: 0) : nil
      }
      if driver.state.size != terminal.size {
        driver.send(.resize(terminal.size))
        changed = true
      }
      if changed && driver.state.isRunning { terminal.draw(driver.screen) }
    }
    return .quit
  }
}
