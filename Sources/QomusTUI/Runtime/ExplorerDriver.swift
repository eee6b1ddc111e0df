import QomusCore

/// Runs actions through `update` and carries out their effects (searches) at once: the one way state changes,
/// shared by the event loop, the tests and the benchmark.
public struct ExplorerDriver: Sendable {
  /// Answers a search effect.
  public typealias Search = @Sendable (String, SearchOptions) -> [SearchHit]

  public private(set) var state: AppState
  private let search: Search

  public init(state: AppState, search: @escaping Search) {
    self.state = state
    self.search = search
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
