import Foundation

/// Finds the content directory: an explicit path, `QOMUS_CONTENT`, the working directory, beside the binary, or the
/// source checkout the binary was built from.
public enum ContentLocator {
  public enum Failure: Error, CustomStringConvertible {
    case notADirectory(String)
    case notFound(searched: [String])

    public var description: String {
      switch self {
      case .notADirectory(let path):
        "content directory '\(path)' does not exist or has no cards/ folder"
      case .notFound(let searched):
        "no content directory found; looked in: \(searched.joined(separator: ", ")). Pass --content DIR or set QOMUS_CONTENT."
      }
    }
  }

  /// The content directory to use.
  /// - Parameters:
  ///   - explicit: `--content`, which wins and must exist.
  ///   - environment: the process environment (`QOMUS_CONTENT`).
  ///   - executable: the running binary, to find `content/` or `share/qomus/content` beside it.
  ///   - checkout: the source checkout the binary was built from.
  public static func locate(
    explicit: String?, environment: [String: String], executable: URL?, checkout: URL?,
    workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  ) throws -> URL {
    if let explicit {
      let url = URL(fileURLWithPath: explicit)
      guard isContentDirectory(url) else { throw Failure.notADirectory(explicit) }
      return url
    }
    if let fromEnvironment = environment["QOMUS_CONTENT"], !fromEnvironment.isEmpty {
      let url = URL(fileURLWithPath: fromEnvironment)
      guard isContentDirectory(url) else { throw Failure.notADirectory(fromEnvironment) }
      return url
    }
    let candidates = candidateDirectories(
      workingDirectory: workingDirectory, executable: executable, checkout: checkout)
    if let found = candidates.first(where: isContentDirectory) { return found }
    throw Failure.notFound(searched: candidates.map(\.path))
  }

  static func candidateDirectories(workingDirectory: URL, executable: URL?, checkout: URL?) -> [URL] {
    var candidates = [workingDirectory.appendingPathComponent("content")]
    if let binDirectory = executable?.resolvingSymlinksInPath().deletingLastPathComponent() {
      candidates.append(binDirectory.appendingPathComponent("content"))
      candidates.append(
        binDirectory.deletingLastPathComponent().appendingPathComponent("share/qomus/content"))
    }
    if let checkout { candidates.append(checkout.appendingPathComponent("content")) }
    return candidates
  }

  static func isContentDirectory(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(
      atPath: url.appendingPathComponent("cards").path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }
}
