import Foundation
import QomusCore

/// Runs actions through `update` and carries out their effects (searches) at once: the one way state changes,
/// shared by the event loop, the tests and the benchmark.
public struct ExplorerDriver: Sendable {
  /// Answers a search effect.
  public typealias Search = @Sendable (String, SearchOptions) -> [SearchHit]

  public private(set) var state: AppState
  private let search: Search
  /// Saves stars, notes and answers; nil leaves `Effect.store` to the caller.
  private let userData: UserDataService?
  /// The clock and the seed of a quiz.
  private let clock: @Sendable () -> Date
  private let seed: @Sendable () -> UInt64

  public init(
    state: AppState, userData: UserDataService? = nil,
    clock: @escaping @Sendable () -> Date = { Date() },
    seed: @escaping @Sendable () -> UInt64 = { UInt64.random(in: 0...999_999) },
    search: @escaping Search
  ) {
    self.state = state
    self.search = search
    self.userData = userData
    self.clock = clock
    self.seed = seed
  }

  /// A driver over `corpus` searching with `engine`.
  public init(corpus: Corpus, size: Size, language: LanguageMode = .uzbek, engine: SearchEngine) {
    self.init(state: AppState(corpus: corpus, size: size, language: language)) { query, options in
      engine.search(query, options: options)
    }
  }

  /// Applies `action` and the effects that follow; returns the effects left to the caller: `.redraw`, and
  /// searches too when `runsSearches` is false (the event loop runs them in the background).
  @discardableResult
  public mutating func send(_ action: Action, runsSearches: Bool = true) -> [Effect] {
    var pending = state.apply(action)
    var left: [Effect] = []
    while let effect = pending {
      pending = nil
      switch effect {
      case .search(let query, let options) where runsSearches:
        pending = state.apply(.searchCompleted(query: query, hits: search(query, options)))
      case .store(let write) where userData != nil:
        pending = userData.map { state.apply($0.perform(write)) } ?? nil
      case .planQuiz(let count):
        let date = clock()
        let questions = QuizPlanner.plan(
          QuizGenerator(corpus: state.catalog.corpus).questions(seed: seed()),
          reviews: state.user.reviews, at: date, count: count)
        pending = state.apply(.quizPlanned(questions, at: date))
      default:
        left.append(effect)
      }
    }
    return left
  }

  /// Presses `keys` in order.
  public mutating func press(_ keys: Key...) {
    for key in keys { send(.key(key)) }
  }

  /// Types `text` one character at a time, as keys.
  public mutating func type(_ text: String) {
    for character in text { send(.key(.character(character))) }
  }

  /// The current frame.
  public var screen: Screen { View.render(state) }
}
