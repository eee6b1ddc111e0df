import Foundation
import QomusCore

/// Everything that can happen to the explorer: input from the backend, and the results of effects.
public enum Action: Sendable, Hashable {
  /// A key, resolved through the `KeyTable` in the state's contexts.
  case key(Key)
  /// A command directly (tests, scripts, later views).
  case command(Command)
  case mouse(MouseEvent)
  case resize(Size)
  /// Pasted text: typed into the text field in focus, ignored elsewhere.
  case paste(String)
  /// The results of `Effect.search` for `query`.
  case searchCompleted(query: String, hits: [SearchHit])
  /// The store's data after `Effect.store`, and why the write failed, if it did.
  case storeChanged(UserSnapshot, failure: UserStoreError?)
  /// The questions of `Effect.planQuiz`, planned at `date`.
  case quizPlanned([QuizQuestion], at: Date)
  /// From the link between the presenter's screen and the projector, and the presenter's clock.
  case presenter(PresenterUpdate)

  /// The action for an input event.
  public init(_ event: InputEvent) {
    switch event {
    case .key(let key): self = .key(key)
    case .mouse(let mouse): self = .mouse(mouse)
    case .resize(let size): self = .resize(size)
    case .paste(let text): self = .paste(text)
    }
  }
}
