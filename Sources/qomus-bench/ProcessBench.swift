import Foundation

/// What the user waits for, timed as whole processes on real files in one run: `qomus list`, `qomus search` and the
/// explorer's first frame (in a pseudo-terminal), each cold (an empty cache directory) and warm, next to
/// `grep -rli` over the same card files, `less` on one card and `qomus --version` (the process floor).
struct ProcessBench {
  /// The figures of one content directory, in milliseconds and MiB.
  struct Figures: Codable {
    var corpus: String
    var cards: Int
    var grepMs: Double
    var listColdMs: Double
    var listWarmMs: Double
    var searchColdMs: Double
    var searchWarmMs: Double
    var frameColdMs: Double
    var frameWarmMs: Double
    /// The largest peak resident memory of any cold or warm qomus run on this corpus.
    var peakMiB: Double
    var coldPeakMiB: Double
  }

  /// The whole run: the floor, `less`, and each corpus.
  struct Report: Codable {
    var versionMs: Double
    var lessMs: Double
    var query: String
    var corpora: [Figures]
  }

  var qomus: String
  var scratch: URL
  var runs: Int
  /// The word searched by `qomus search` and `grep -rli`.
  var query = "kiberxavfsizlik"
  /// Text of the explorer's first screen (a tab's name), awaited in the pseudo-terminal.
  var frameMarker = "Hujjatlar"

  private func environment(cache: URL) -> [String: String] {
    [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "HOME": scratch.appendingPathComponent("home").path,
      "XDG_CACHE_HOME": cache.path,
      "QOMUS_DATA": scratch.appendingPathComponent("data").path,
      "TERM": "xterm-256color",
      "LANG": "C.UTF-8",
    ]
  }

  private func qomus(_ arguments: [String], cache: URL) -> ChildProcess {
    ChildProcess(executable: qomus, arguments: arguments, environment: environment(cache: cache))
  }

  /// The median of `runs` runs of `body` (at least one), and the largest peak memory.
  private func median(_ runs: Int, _ body: () throws -> ChildProcess.Run) rethrows -> (Double, Double) {
    var times: [Double] = []
    var peak = 0.0
    for _ in 0..<max(runs, 1) {
      let run = try body()
      times.append(run.seconds * 1000)
      peak = max(peak, run.peakMiB)
    }
    return (Measure.percentile(times, 0.5), peak)
  }

  /// The floor and `less` on `card`.
  func references(card: String) throws -> (versionMs: Double, lessMs: Double) {
    let cache = scratch.appendingPathComponent("cache-floor")
    let (version, _) = try median(runs) { try qomus(["--version"], cache: cache).run() }
    let less = ChildProcess(
      executable: Self.which("less") ?? "/usr/bin/less", arguments: [card],
      environment: environment(cache: cache).merging(["LESS": "", "LESSOPEN": ""]) { $1 })
    let firstLine =
      (try? String(contentsOfFile: card, encoding: .utf8))?.split(separator: "\n")
      .dropFirst().first.map(String.init) ?? "id:"
    let (lessMs, _) = try median(runs) {
      try PseudoTerminal.firstFrame(of: less, marker: String(firstLine.prefix(12)))
    }
    return (version, lessMs)
  }

  /// Every figure of the content directory `content` (`cards` cards).
  func measure(label: String, content: URL, cards: Int) throws -> Figures {
    let cache = scratch.appendingPathComponent("cache-\(label)")
    let grep = ChildProcess(
      executable: Self.which("grep") ?? "/usr/bin/grep",
      arguments: ["-rli", query, content.appendingPathComponent("cards").path], environment: [:])
    let (grepMs, _) = try median(runs) { try grep.run() }
    let contentArguments = ["--content", content.path]
    let list = qomus(["list"] + contentArguments, cache: cache)
    let search = qomus(["search", query] + contentArguments, cache: cache)
    let explore = qomus(contentArguments, cache: cache)
    func cold(_ body: () throws -> ChildProcess.Run) throws -> ChildProcess.Run {
      try? FileManager.default.removeItem(at: cache)
      return try body()
    }
    FileHandle.standardError.write(Data("… processes, \(label): cold\n".utf8))
    let listCold = try cold { try list.run() }
    let searchCold = try cold { try search.run() }
    let frameCold = try cold { try PseudoTerminal.firstFrame(of: explore, marker: frameMarker) }
    FileHandle.standardError.write(Data("… processes, \(label): warm\n".utf8))
    let (listWarm, listPeak) = try median(runs) { try list.run() }
    let (searchWarm, searchPeak) = try median(runs) { try search.run() }
    let (frameWarm, framePeak) = try median(runs) {
      try PseudoTerminal.firstFrame(of: explore, marker: frameMarker)
    }
    let coldPeak = max(listCold.peakMiB, searchCold.peakMiB, frameCold.peakMiB)
    return Figures(
      corpus: label, cards: cards, grepMs: grepMs, listColdMs: listCold.seconds * 1000,
      listWarmMs: listWarm, searchColdMs: searchCold.seconds * 1000, searchWarmMs: searchWarm,
      frameColdMs: frameCold.seconds * 1000, frameWarmMs: frameWarm,
      peakMiB: max(coldPeak, listPeak, searchPeak, framePeak), coldPeakMiB: coldPeak)
  }

  /// The full path of `tool` on `PATH`.
  static func which(_ tool: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(tool)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }
}
