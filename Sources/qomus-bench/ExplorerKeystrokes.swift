import Foundation
import QomusCore
import QomusTUI

/// Measures what every keystroke costs the explorer: `update` plus rendering the frame, at 200×60 on the headless
/// backend. Search results are computed once beforehand, as the event loop runs searches off the keystroke path;
/// the search engine has its own benchmark.
enum ExplorerKeystrokes {
  /// Median milliseconds per key, keyed `tui.<key>.ms`; `tui.frame.ms` is a render alone.
  static func run(corpus: Corpus, iterations: Int = 200) -> [String: Double] {
    let size = Size(width: 200, height: 60)
    guard let engine = try? SearchEngine(corpus: corpus) else { return [:] }
    let options = SearchOptions(limit: AppState.searchLimit, prefixLastWord: true)
    let answers = Dictionary(
      uniqueKeysWithValues: ["e", "el"].map { ($0, engine.search($0, options: options)) })
    let base = ExplorerDriver(state: AppState(corpus: corpus, size: size, language: .uzbek)) {
      query, _ in
      answers[query] ?? []
    }
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
      results["tui.\(name).ms"] = median(samples)
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
    results["tui.frame.ms"] = median(samples)
    return results
  }

  private static func median(_ samples: [Double]) -> Double {
    samples.isEmpty ? 0 : samples.sorted()[samples.count / 2]
  }
}
