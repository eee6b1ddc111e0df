import Foundation

/// One card file found on disk, with what the content snapshot keys it by.
struct CardFileEntry: Sendable, Equatable {
  var path: String
  var size: Int64
  /// Modification time in nanoseconds since 1970.
  var modified: Int64
}

/// The `*.md` files under a directory, found with `opendir`/`readdir` and `fstatat` (no `URL` per file), sorted by
/// path. Hidden files and folders (a leading `.`) are skipped; symbolic links to files are followed, to folders not.
enum CardFileList {
  static func files(in directory: URL) -> [CardFileEntry] {
    var files: [CardFileEntry] = []
    collect(directory.path, into: &files)
    return files.sorted { $0.path < $1.path }
  }

  private static func collect(_ directory: String, into files: inout [CardFileEntry]) {
    guard let handle = opendir(directory) else { return }
    defer { closedir(handle) }
    let descriptor = dirfd(handle)
    var subdirectories: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      guard !name.hasPrefix(".") else { continue }
      let type = Int32(entry.pointee.d_type)
      let isMarkdown = name.utf8.count > 3 && name.hasSuffix(".md")
      if type == DT_DIR {
        subdirectories.append(name)
        continue
      }
      guard isMarkdown || type == DT_UNKNOWN else { continue }
      var status = stat()
      guard fstatat(descriptor, name, &status, 0) == 0 else { continue }
      let format = status.st_mode & S_IFMT
      if format == S_IFDIR {
        // Only a folder whose type readdir did not know; links to folders are not followed.
        if type == DT_UNKNOWN { subdirectories.append(name) }
        continue
      }
      guard isMarkdown, format == S_IFREG else { continue }
      #if canImport(Darwin)
        let time = status.st_mtimespec
      #else
        let time = status.st_mtim
      #endif
      files.append(
        CardFileEntry(
          path: directory + "/" + name, size: Int64(status.st_size),
          modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)))
    }
    for subdirectory in subdirectories {
      collect(directory + "/" + subdirectory, into: &files)
    }
  }

  /// The bytes of the file at `path`, or nil when it cannot be read.
  static func contents(of path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
    var count = 0
    while true {
      if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
      let read = bytes.withUnsafeMutableBytes { buffer in
        Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if read < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if read == 0 { break }
      count += read
    }
    bytes.removeLast(bytes.count - count)
    return bytes
  }
}
