import Foundation

/// Times a full-screen program's first frame: it is started on a pseudo-terminal of a fixed size, and the time is
/// taken when `marker` (text of its first screen) has appeared in its output; then it is killed.
enum PseudoTerminal {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The seconds until `marker` appears in `process`'s output, and its peak memory; fails after `timeout` s.
  static func firstFrame(
    of process: ChildProcess, marker: String, columns: UInt16 = 120, rows: UInt16 = 40,
    timeout: Double = 600
  ) throws -> ChildProcess.Run {
    var master: Int32 = -1
    var slave: Int32 = -1
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    guard let openpty = Self.openpty, openpty(&master, &slave, nil, nil, &size) == 0 else {
      throw Failure(description: "no pseudo-terminal (openpty failed)")
    }
    defer { close(master) }
    let start = ChildProcess.now()
    let pid: pid_t
    do {
      pid = try process.spawn { actions in
        posix_spawn_file_actions_adddup2(&actions, slave, 0)
        posix_spawn_file_actions_adddup2(&actions, slave, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, master)
      }
      close(slave)
    } catch {
      close(slave)
      throw error
    }
    let wanted = Array(marker.utf8)
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    var seen: Double?
    while seen == nil, ChildProcess.now() - start < timeout {
      var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      guard poll(&descriptor, 1, 100) > 0 else {
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
          throw Failure(description: "\(process.executable) exited before its first frame")
        }
        continue
      }
      let count = read(master, &buffer, buffer.count)
      guard count > 0 else { break }
      output += buffer[0..<count]
      if output.count >= wanted.count,
        output.withUnsafeBufferPointer({ Self.contains($0, wanted) })
      {
        seen = ChildProcess.now() - start
      }
    }
    kill(pid, SIGKILL)
    let (status, peak) = ChildProcess.wait(pid)
    guard let seen else {
      throw Failure(description: "no first frame from \(process.executable) within \(Int(timeout)) s")
    }
    return ChildProcess.Run(seconds: seen, peakMiB: peak, status: status)
  }

  /// `openpty(3)`, looked up at run time: glibc has it in libc, but Swift's Glibc module does not declare it.
  private static let openpty: OpenPTY? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "openpty") else { return nil }
    return unsafeBitCast(symbol, to: OpenPTY.self)
  }()

  private typealias OpenPTY =
    @convention(c) (
      UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<CChar>?,
      UnsafeRawPointer?, UnsafePointer<winsize>?
    ) -> Int32

  private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, haystack.count >= needle.count else { return false }
    var index = 0
    while index + needle.count <= haystack.count {
      if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
        return true
      }
      index += 1
    }
    return false
  }
}
