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
    /// The presenter's screen of that tour instead of its slides (`qomus present --presenter`).
    public var presenterScreen: Bool
    /// Accessible mode: the cursor shown and left on the focus, plain glyphs, links numbered.
    public var accessible: Bool

    public init(
      theme: ThemeName = .dark, language: LanguageMode = .uzbek, cacheDirectory: URL? = nil,
      mouse: Bool = true, presentTour: String? = nil, presenterScreen: Bool = false,
      accessible: Bool = false
    ) {
      self.accessible = accessible
      self.theme = theme
      self.language = language
      self.cacheDirectory = cacheDirectory
      self.mouse = mouse
      self.presentTour = presentTour
      self.presenterScreen = presenterScreen
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
    let role: PresenterSync.Role = options.presenterScreen ? .presenter : .projector
    // Made before the terminal is taken, so that a presenter's screen that cannot have its socket says why.
    let presenter = try options.presentTour.flatMap { try PresenterChannel.open(tour: $0, role: role) }
    let engine = try SearchEngine(
      corpus: corpus, cacheDirectory: options.cacheDirectory, glossary: companions.glossary)
    let terminal = try NcursesTerminal(
      theme: Theme(options.theme), mouse: options.mouse, showsCursor: options.accessible)
    defer { terminal.restore() }
    var state = AppState(
      corpus: corpus, size: terminal.size, language: options.language, companions: companions,
      user: userData?.snapshot() ?? UserSnapshot(),
      storeStatus: userData?.status ?? .unavailable(reason: nil))
    state.isAccessible = options.accessible
    if let tour = options.presentTour { state.present(tour, quitsOnLeave: true, role: role) }
    var driver = ExplorerDriver(state: state, userData: userData) { query, options in
      engine.search(query, options: options)
    }
    guard let wakeups = terminal.inputDescriptor.flatMap(Wakeups.init(input:)) else {
      throw Failure.noWakeupPipe
    }
    let worker = SearchWorker(engine: engine, finished: Wakeups.notifyWorkFinished)
    defer { worker.stop() }
    return loop(
      terminal: terminal, driver: &driver, worker: worker, wakeups: wakeups, presenter: presenter)
  }

  /// Why the explorer could not run.
  public enum Failure: Error, CustomStringConvertible {
    case noWakeupPipe

    public var description: String {
      switch self {
      case .noWakeupPipe: "cannot create the pipe the event loop waits on (too many open files?)"
      }
    }
  }

  /// The event loop over a terminal in memory, with searches run in line: handles every queued event,
  /// drawing after each batch, until the reader quits, the script ends or `signals` reports one.
  public static func loop(
    terminal: some TerminalBackend, driver: inout ExplorerDriver, signals: () -> Int32? = { nil }
  ) -> Ending {
    terminal.draw(driver.screen)
    while driver.state.isRunning {
      if let signal = signals() { return .signal(signal) }
      if terminal.isAtEnd { return .quit }
      handleInput(terminal: terminal, driver: &driver, worker: nil)
    }
    return .quit
  }

  /// The loop on a real terminal: sleeps in `wakeups` until input, a signal, a finished search or word from the
  /// other screen of a presentation, so idle it uses no CPU (the presenter's screen wakes once a second for its
  /// clock). A signal or a hang-up ends it at once (a hang-up as SIGHUP would).
  static func loop(
    terminal: some TerminalBackend, driver: inout ExplorerDriver, worker: SearchWorker, wakeups: Wakeups,
    presenter: PresenterChannel? = nil
  ) -> Ending {
    presenter?.exchange(&driver)
    terminal.draw(driver.screen)
    while driver.state.isRunning {
      let timeout = presenter?.timeout(showsClock: driver.state.showsPresenterScreen) ?? -1
      for wakeup in wakeups.wait(links: presenter?.descriptors ?? [], timeout: timeout) {
        switch wakeup {
        case .signal(let signal): return .signal(signal)
        case .hangUp: return .signal(SIGHUP)
        case .workFinished:
          if let result = worker.takeResult() {
            driver.send(.searchCompleted(query: result.query, hits: result.hits))
            terminal.draw(driver.screen)
          }
        case .input:
          handleInput(terminal: terminal, driver: &driver, worker: worker)
          presenter?.reportMoves(driver.state)
        case .presenter:
          if presenter?.exchange(&driver) == true { terminal.draw(driver.screen) }
        case .timeout:
          if presenter?.tick(&driver) == true { terminal.draw(driver.screen) }
        }
        if !driver.state.isRunning { break }
      }
    }
    return .quit
  }

  /// Handles every event queued on `terminal`, then draws once: fast typing and pasting never lag behind.
  /// Searches go to `worker`, or run in line when it is nil.
  private static func handleInput(
    terminal: some TerminalBackend, driver: inout ExplorerDriver, worker: SearchWorker?
  ) {
    var changed = false
    while driver.state.isRunning, let event = terminal.nextEvent(timeout: 0) {
      for effect in driver.send(Action(event), runsSearches: worker == nil) {
        switch effect {
        case .redraw: terminal.invalidate()
        case .search(let query, let options): worker?.submit(query, options: options)
        case .store, .planQuiz: break
        }
      }
      changed = true
    }
    if driver.state.size != terminal.size {
      driver.send(.resize(terminal.size))
      changed = true
    }
    if changed && driver.state.isRunning { terminal.draw(driver.screen) }
  }
}
