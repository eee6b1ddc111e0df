import Foundation
import QomusCore

/// Carries out `Effect.store` on the user store and reads it back: the explorer's only door to the student's
/// data. A store that cannot be written answers every write with the reason.
public struct UserDataService: Sendable {
  public let access: UserStoreAccess

  public init(access: UserStoreAccess) {
    self.access = access
  }

  /// What the explorer starts with: the data (empty when there is no store) and whether it can be saved.
  public var status: StoreStatus {
    switch access {
    case .writable: .writable
    case .readOnly(_, let reason): .readOnly(reason: reason)
    case .unavailable(let reason): .unavailable(reason: reason)
    }
  }

  /// Everything in the store now; empty parts for what cannot be read.
  public func snapshot() -> UserSnapshot {
    guard let store = access.store else { return UserSnapshot() }
    return UserSnapshot(
      bookmarks: (try? store.bookmarks()) ?? [], notes: (try? store.notes()) ?? [],
      reviews: (try? store.reviewStates()) ?? [])
  }

  /// Makes `write`, then reads the store back; the action tells the explorer the result.
  public func perform(_ write: StoreWrite) -> Action {
    guard let store = access.store else {
      return .storeChanged(snapshot(), failure: access.problem)
    }
    var failure: UserStoreError?
    do {
      switch write {
      case .star(let id): try store.star(id)
      case .unstar(let id): try store.unstar(id)
      case .saveNote(let id, let text): try store.saveNote(cardID: id, text: text)
      case .removeNote(let id): try store.removeNote(on: id)
      case .recordAnswer(let question, let cards, let correct):
        try store.recordAnswer(questionID: question, cardIDs: cards, correct: correct)
      }
    } catch {
      failure = error
    }
    return .storeChanged(snapshot(), failure: failure)
  }
}
