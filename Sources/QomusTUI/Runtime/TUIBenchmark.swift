import Foundation
import QomusCore

/// Measures what every keystroke costs: `update` plus rendering the frame, at 200×60 on the headless backend.
public enum TUIBenchmark {
  /// Median milliseconds per key for typical keys, keyed `tui.<key>.ms`; `tui.frame.ms` is a render alone.
  public static func run(corpus: Corpus, iterations: Int = 200) -> [String: Double] {
    let size = Size(width: 200, height: 60)
    guard let engine = try? SearchEngine(corpus: corpus) else { return [:] }
    let base = ExplorerDriver(corpus: corpus, size: size, language: .uzbek, engine: engine)
    var results: [String: Double] = [:]

    func measure(_ name: String, setUp: (inout ExplorerDriver) -> Void = { _ in }, keys: [Key]) {
      var driver = base
      setUp(&driver)
      var samples: [Double] = []
      for index in 0..<iterations {
        let key = keys[index % keys.count]
        let start = DispatchTime.now().uptimeNanoseconds
        driver.send(.key(key))
        _ = driver.screen
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
      }
      samples.sort()
      results["tui.\(name).ms"] = samples[samples.count / 2]
    }

    measure("list-move", keys: [.down, .down, .up])
    measure("card-scroll", setUp: { $0.press(.enter) }, keys: [.down, .down, .up])
    measure("link-focus", setUp: { $0.press(.enter) }, keys: [.tab])
    measure("tab-switch", keys: [.right])
    measure("language", keys: [.character("L")])
    measure(
      "search-type", setUp: { $0.press(.character("/")) },
      keys: [.character("e"), .character("l"), .backspace, .backspace])

    var samples: [Double] = []
    for _ in 0..<iterations {
      let start = DispatchTime.now().uptimeNanoseconds
      _ = base.screen
      samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    samples.sort()
    results["tui.frame.ms"] = samples[samples.count / 2]
    return results
  }
}
