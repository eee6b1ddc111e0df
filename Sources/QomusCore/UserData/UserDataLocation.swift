import Foundation

/// Where the user store lives: `--data-dir`, then `QOMUS_DATA`, then `$XDG_DATA_HOME/qomus`, then
/// `~/.local/share/qomus`.
public enum UserDataLocation {
  /// The database file's name inside the data directory.
  public static let fileName = "user.sqlite"

  /// The data directory to use.
  /// - Parameters:
  ///   - explicit: `--data-dir`, which wins.
  ///   - environment: the process environment (`QOMUS_DATA`, `XDG_DATA_HOME`, `HOME`).
  ///   - home: the home directory when `HOME` is unset.
  public static func directory(
    explicit: String?, environment: [String: String],
    home: URL = FileManager.default.homeDirectoryForCurrentUser
  ) -> URL {
    if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
    if let data = environment["QOMUS_DATA"], !data.isEmpty { return URL(fileURLWithPath: data) }
    // The XDG spec ignores a relative XDG_DATA_HOME.
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return URL(fileURLWithPath: xdg).appendingPathComponent("qomus")
    }
    let homeDirectory =
      environment["HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) } ?? home
    return homeDirectory.appendingPathComponent(".local/share/qomus")
  }
}
