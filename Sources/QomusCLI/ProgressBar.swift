import Foundation
import QomusCore

/// A progress bar on stderr for a long first start (reading every card file, building the search index): drawn
/// only when stderr is a terminal and the work has already taken a moment, redrawn in place, erased when done.
final class ProgressBar: @unchecked Sendable {
  /// Work shorter than this shows no bar.
  static let delay = 0.3
  private let started = Date()
  private let isTerminal = isatty(STDERR_FILENO) == 1
  private let lock = NSLock()
  private var shown = false
  private var lastDrawn = -1

  /// Draws `progress` if the bar is due.
  func update(_ progress: LoadProgress) {
    guard isTerminal, progress.total > 0, Date().timeIntervalSince(started) >= Self.delay else { return }
    lock.withLock {
      let percent = Int(progress.fraction * 100)
      guard percent != lastDrawn else { return }
      lastDrawn = percent
      shown = true
      write("\r\u{1B}[K" + Self.line(progress))
    }
  }

  /// Erases the bar, if it was drawn.
  func finish() {
    lock.withLock {
      guard shown else { return }
      shown = false
      lastDrawn = -1
      write("\r\u{1B}[K")
    }
  }

  /// `qomus: reading cards [#####.....]  52%  5,200/10,000`.
  static func line(_ progress: LoadProgress, width: Int = 30) -> String {
    let filled = min(Int(progress.fraction * Double(width)), width)
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    let what = progress.phase == .indexing ? "building the search index" : "reading cards"
    return "qomus: \(what) [\(bar)] \(Int(progress.fraction * 100))%  \(progress.completed)/\(progress.total)"
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
