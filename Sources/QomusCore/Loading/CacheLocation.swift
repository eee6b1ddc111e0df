import Foundation

/// Where Qomus keeps what it can rebuild (the content snapshot, the search indexes): `$XDG_CACHE_HOME/qomus`, else
/// `~/.cache/qomus`. A relative `XDG_CACHE_HOME` is ignored, as the XDG Base Directory specification requires.
public enum CacheLocation {
  /// The cache directory for `environment` (`XDG_CACHE_HOME`, `HOME`); `home` when `HOME` is unset or empty.
  public static func directory(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    home: URL = FileManager.default.homeDirectoryForCurrentUser
  ) -> URL {
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      return URL(fileURLWithPath: cache).appendingPathComponent("qomus")
    }
    let homeDirectory =
      environment["HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) } ?? home
    return homeDirectory.appendingPathComponent(".cache").appendingPathComponent("qomus")
  }

  /// The cache directory, created if need be; nil when it cannot be (then nothing is cached).
  public static func usableDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL? {
    let directory = directory(environment: environment)
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      return directory
    } catch {
      return nil
    }
  }
}
