import Foundation

/// Where the presenter's screen and the projector of one tour meet: `$XDG_RUNTIME_DIR/qomus/present-<tour>.sock`,
/// or the cache directory when `XDG_RUNTIME_DIR` is unset (or relative).
public enum PresenterSocketPath {
  /// The socket's path for `tour` (its id, with anything but letters, digits, `-` and `_` replaced by `_`).
  public static func url(
    tour: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL {
    directory(environment: environment).appendingPathComponent("present-\(fileName(tour)).sock")
  }

  /// `$XDG_RUNTIME_DIR/qomus`, else the cache directory.
  public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    if let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/") {
      return URL(fileURLWithPath: runtime).appendingPathComponent("qomus")
    }
    return CacheLocation.directory(environment: environment)
  }

  static func fileName(_ tour: String) -> String {
    String(tour.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" })
  }
}
