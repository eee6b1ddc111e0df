/// The outcome of ``UserStore/openOrExplain(directory:now:)``: a store to write, a store to read only, or none — with
/// the reason to show the user.
public enum UserStoreAccess: Sendable {
  case writable(UserStore)
  /// The store can be read but not written; `reason` says why.
  case readOnly(UserStore, reason: UserStoreError)
  /// There is no store to read; `reason` says why. Show no bookmarks or notes, and say so.
  case unavailable(UserStoreError)

  /// The store, if it can at least be read.
  public var store: UserStore? {
    switch self {
    case .writable(let store), .readOnly(let store, _): store
    case .unavailable: nil
    }
  }

  /// Why the store cannot be written, if it cannot.
  public var problem: UserStoreError? {
    switch self {
    case .writable: nil
    case .readOnly(_, let reason), .unavailable(let reason): reason
    }
  }

  /// True when saving works.
  public var canWrite: Bool {
    if case .writable = self { return true }
    return false
  }
}
