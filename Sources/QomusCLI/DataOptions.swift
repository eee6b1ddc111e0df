import ArgumentParser
import Foundation
import QomusCore

/// Where the user's bookmarks, notes and quiz reviews are kept.
struct DataOptions: ParsableArguments {
  @Option(
    name: .customLong("data-dir"),
    help: ArgumentHelp(
      "The user data directory (default: $QOMUS_DATA, then $XDG_DATA_HOME/qomus, then ~/.local/share/qomus).",
      valueName: "dir"))
  var dataDirectory: String?

  /// The data directory these options name.
  var directory: URL {
    UserDataLocation.directory(
      explicit: dataDirectory, environment: ProcessInfo.processInfo.environment)
  }

  /// The store, open for writing, or a clear error naming the path.
  func openStore() throws -> UserStore {
    try UserStore.open(directory: directory)
  }

  /// The store for commands that only read: writable if possible, else read-only (with a warning), else an error.
  func openStoreForReading() throws -> UserStore {
    switch UserStore.openOrExplain(directory: directory) {
    case .writable(let store): return store
    case .readOnly(let store, let reason):
      Console.warn("\(reason.description) (reading only)")
      return store
    case .unavailable(let reason): throw reason
    }
  }
}

/// Output that must reach a pipe at once: a saved note is reported only after its commit, line by line.
enum LineOutput {
  static func line(_ text: String) {
    print(text)
    fflush(nil)
  }

  static func prompt(_ text: String) {
    print(text, terminator: "")
    fflush(nil)
  }
}

extension GlobalOptions {
  /// Fails with a hint when `corpus` has no card `id`.
  static func requireCard(_ id: String, in corpus: Corpus) throws -> Card {
    guard let card = corpus[id] else {
      let near = corpus.cards.map(\.id).filter { $0.contains(id) || id.contains($0) }.prefix(5)
      let hint = near.isEmpty ? "" : " Did you mean: \(near.joined(separator: ", "))?"
      throw ValidationError("no card with id '\(id)'.\(hint)")
    }
    return card
  }
}
