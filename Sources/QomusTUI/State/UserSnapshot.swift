import Foundation
import QomusCore

/// The student's data as the explorer shows it: stars, notes and quiz reviews, read from the user store and
/// replaced by a fresh copy after every write.
public struct UserSnapshot: Sendable, Hashable {
  /// Newest first.
  public private(set) var bookmarks: [Bookmark]
  /// Most recently edited first.
  public private(set) var notes: [UserNote]
  /// The review schedule of quiz questions.
  public var reviews: [ReviewState]
  /// The ids of the starred cards.
  public private(set) var starred: Set<String>
  private var noteIndex: [String: Int]

  /// A snapshot of the given stars, notes and reviews.
  public init(bookmarks: [Bookmark] = [], notes: [UserNote] = [], reviews: [ReviewState] = []) {
    self.bookmarks = bookmarks
    self.notes = notes
    self.reviews = reviews
    starred = Set(bookmarks.map(\.cardID))
    noteIndex = Dictionary(
      notes.enumerated().map { ($1.cardID, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The note on `cardID`, if any.
  public func note(on cardID: String) -> UserNote? {
    noteIndex[cardID].map { notes[$0] }
  }

  /// Whether `cardID` is starred.
  public func isStarred(_ cardID: String) -> Bool { starred.contains(cardID) }

  /// The date of a change made in the explorer until the store's copy (with the real date) arrives.
  static let pending = Date(timeIntervalSince1970: 0)

  /// The snapshot with a star added or removed at once, before the store confirms it.
  func settingStar(_ cardID: String, _ on: Bool) -> UserSnapshot {
    var marks = bookmarks.filter { $0.cardID != cardID }
    if on { marks.insert(Bookmark(cardID: cardID, created: Self.pending), at: 0) }
    return UserSnapshot(bookmarks: marks, notes: notes, reviews: reviews)
  }

  /// The snapshot with the note on `cardID` replaced (or removed for nil), before the store confirms it.
  func settingNote(_ cardID: String, _ text: String?) -> UserSnapshot {
    let old = note(on: cardID)
    var list = notes.filter { $0.cardID != cardID }
    if let text {
      list.insert(
        UserNote(
          cardID: cardID, text: text, created: old?.created ?? Self.pending, updated: Self.pending),
        at: 0)
    }
    return UserSnapshot(bookmarks: bookmarks, notes: list, reviews: reviews)
  }
}

/// Whether stars, notes and answers can be saved.
public enum StoreStatus: Sendable, Hashable {
  case writable
  /// The store can be read but not written, for `reason`.
  case readOnly(reason: UserStoreError)
  /// There is no store, for `reason` (nil: none was asked for).
  case unavailable(reason: UserStoreError?)

  /// Whether changes can be saved.
  public var canWrite: Bool { self == .writable }

  /// Why a star, note or answer was not saved.
  var refusal: LocalizedText {
    if case .readOnly = self { return Strings.cannotSave }
    return Strings.noStore
  }

  /// The message shown once, at start, when saving does not work.
  var notice: LocalizedText? {
    switch self {
    case .writable, .unavailable(nil): nil
    case .readOnly(let reason):
      LocalizedText(
        uz: "Yulduzcha va qaydlar faqat oʻqish uchun: \(reason)",
        en: "Stars and notes are read-only: \(reason)")
    case .unavailable(let reason?):
      LocalizedText(
        uz: "Yulduzcha va qaydlar saqlanmaydi: \(reason)",
        en: "Stars and notes will not be saved: \(reason)")
    }
  }
}
