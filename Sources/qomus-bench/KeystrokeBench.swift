import Foundation
import QomusCore
import QomusTUI

/// The explorer's per-keystroke cost: update plus a full render at 200×60 on the headless backend, median
/// milliseconds per key over the bundled corpus (search answers precomputed, so only update and render count).
enum KeystrokeBench {
  static func run(corpus: Corpus) -> [String: Double] {
    let figures = ExplorerKeystrokes.run(corpus: corpus)
    print("\nexplorer keystrokes at 200×60 (update + render, median ms per key)")
    for (name, milliseconds) in figures.sorted(by: { $0.key < $1.key }) {
      let label = name.padding(toLength: 22, withPad: " ", startingAt: 0)
      print("  \(label) \(String(format: "%8.3f", milliseconds))")
    }
    return figures
  }
}
