import Foundation

/// Writing a file the user named (`-o FILE`): atomically, and failing with the path and the reason.
enum OutputFile {
  /// Why a file could not be written: printed as `qomus: error: cannot write '…': …`, exit status 1.
  struct WriteError: Error, CustomStringConvertible {
    let path: String
    let reason: String

    var description: String { "cannot write '\(path)': \(reason)" }
  }

  /// Writes `text` to `path` through a temporary file renamed into place, so a failure leaves no half file.
  static func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    do {
      try Data(text.utf8).write(to: url, options: .atomic)
    } catch {
      throw WriteError(path: path, reason: reason(writing: url, error))
    }
  }

  /// The likeliest reason in plain words: the folder is missing, is not a folder or is read-only, or the
  /// path is a folder; otherwise the system's own message.
  private static func reason(writing url: URL, _ error: Error) -> String {
    let manager = FileManager.default
    let folder = url.deletingLastPathComponent().path
    var isFolder: ObjCBool = false
    if !manager.fileExists(atPath: folder, isDirectory: &isFolder) {
      return "the folder '\(folder)' does not exist"
    }
    if !isFolder.boolValue { return "'\(folder)' is not a folder" }
    if manager.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
      return "it is a folder"
    }
    if !manager.isWritableFile(atPath: folder) { return "permission denied in '\(folder)'" }
    let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
    if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(code)))
    }
    return error.localizedDescription
  }
}
