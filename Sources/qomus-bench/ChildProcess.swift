import Foundation

/// Runs a whole process and measures what its user waits for: wall time to exit (or to its first screen in a
/// pseudo-terminal, `PseudoTerminal`) and its peak resident memory (`wait4`'s rusage of the child).
struct ChildProcess {
  /// What one run took.
  struct Run {
    var seconds: Double
    var peakMiB: Double
    var status: Int32
  }

  var executable: String
  var arguments: [String]
  var environment: [String: String]

  /// Runs to completion with output to /dev/null (or to `stdoutFile`).
  func run(stdoutFile: String = "/dev/null") throws -> Run {
    let start = Self.now()
    let pid = try spawn { actions in
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 1, stdoutFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    let (status, peak) = Self.wait(pid)
    return Run(seconds: Self.now() - start, peakMiB: peak, status: status)
  }

  /// Starts the process with `configure` setting up its file descriptors; returns its pid.
  func spawn(_ configure: (inout posix_spawn_file_actions_t) -> Void) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    configure(&actions)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard result == 0 else { throw SpawnError(executable: executable, code: result) }
    return pid
  }

  /// Waits for `pid`; its exit status and peak resident memory in MiB.
  static func wait(_ pid: pid_t) -> (Int32, Double) {
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    #if os(Linux)
      let peak = Double(usage.ru_maxrss) / 1024
    #else
      let peak = Double(usage.ru_maxrss) / 1_048_576
    #endif
    return (status, peak)
  }

  static func now() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
  }

  struct SpawnError: Error, CustomStringConvertible {
    var executable: String
    var code: Int32
    var description: String { "cannot start \(executable): \(String(cString: strerror(code)))" }
  }
}
