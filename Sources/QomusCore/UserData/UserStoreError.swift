import Foundation

/// Why the user store (bookmarks, notes, quiz reviews) cannot be opened or written. Every message names the path.
public enum UserStoreError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The data directory does not exist and cannot be created (`reason` is the system's explanation).
  case cannotCreateDirectory(path: String, reason: String)
  /// The data directory path names a file, not a directory.
  case notADirectory(path: String)
  /// The data directory exists but this user cannot write to it.
  case notWritable(path: String)
  /// The database file exists but cannot be opened.
  case cannotOpen(path: String, reason: String)
  /// The file is not an SQLite database.
  case notADatabase(path: String)
  /// The database was written by a newer Qomus with migrations this one does not know.
  case newerSchema(path: String)
  /// The store was opened read-only; nothing can be saved.
  case readOnly(path: String)
  /// A write failed and was rolled back; nothing of it was saved.
  case writeFailed(path: String, reason: String)
  /// A read failed.
  case readFailed(path: String, reason: String)
  /// A note must have some text.
  case emptyNote(cardID: String)

  public var description: String {
    switch self {
    case .cannotCreateDirectory(let path, let reason):
      "cannot create the data directory '\(path)': \(reason). Pass --data-dir DIR or set QOMUS_DATA."
    case .notADirectory(let path):
      "the data directory '\(path)' is a file, not a directory. Pass --data-dir DIR or set QOMUS_DATA."
    case .notWritable(let path):
      "the data directory '\(path)' is not writable. Pass --data-dir DIR or set QOMUS_DATA."
    case .cannotOpen(let path, let reason): "cannot open the user database '\(path)': \(reason)"
    case .notADatabase(let path):
      "'\(path)' is not a Qomus user database (it is not an SQLite file)"
    case .newerSchema(let path):
      "the user database '\(path)' was written by a newer Qomus; it is open read-only"
    case .readOnly(let path): "the user database '\(path)' is open read-only; nothing can be saved"
    case .writeFailed(let path, let reason):
      "could not save to '\(path)' (nothing was changed): \(reason)"
    case .readFailed(let path, let reason): "could not read '\(path)': \(reason)"
    case .emptyNote(let cardID): "the note on '\(cardID)' is empty; to delete it, remove it"
    }
  }
}
