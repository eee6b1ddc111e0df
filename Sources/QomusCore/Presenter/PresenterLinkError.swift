#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the presenter link cannot be set up.
public enum PresenterLinkError: Error, Equatable, CustomStringConvertible {
  /// The socket's path is longer than a Unix socket address holds.
  case pathTooLong(String, limit: Int)
  /// The socket's directory could not be created.
  case directory(String, reason: String)
  /// A system call failed.
  case system(String, errno: Int32)

  public var description: String {
    switch self {
    case .pathTooLong(let path, let limit):
      "the presenter socket path '\(path)' is longer than \(limit) bytes; set XDG_RUNTIME_DIR to a shorter directory"
    case .directory(let path, let reason): "cannot create the presenter socket directory '\(path)': \(reason)"
    case .system(let call, let errno): "\(call) failed: \(String(cString: strerror(errno)))"
    }
  }
}
