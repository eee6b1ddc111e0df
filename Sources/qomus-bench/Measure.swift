import Foundation

/// Timing and memory helpers.
enum Measure {
  /// Seconds taken by `body`, and its result.
  static func time<Result>(_ body: () throws -> Result) rethrows -> (Double, Result) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, result)
  }

  /// The `fraction` percentile (0…1) of `values`, by nearest rank.
  static func percentile(_ values: [Double], _ fraction: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
  }

  /// The process's peak resident memory so far, in MiB.
  static func peakMemoryMiB() -> Double {
    var usage = rusage()
    #if os(Linux)
      getrusage(RUSAGE_SELF.rawValue, &usage)
      return Double(usage.ru_maxrss) / 1024  // kilobytes
    #else
      getrusage(RUSAGE_SELF, &usage)
      return Double(usage.ru_maxrss) / 1_048_576  // bytes
    #endif
  }

  /// The size of the file at `url` in MiB, or 0.
  static func fileSizeMiB(_ url: URL) -> Double {
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    return Double(size ?? 0) / 1_048_576
  }
}
