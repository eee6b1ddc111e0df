import Foundation
import QomusTUI
import Testing

/// Golden screens: `Snapshots/<name>.txt` holds the text of a headless screen and then its style runs.
/// `QOMUS_RECORD=1 swift test` re-records them; a missing golden is recorded and reported as a failure.
enum Snapshot {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  static var isRecording: Bool { ProcessInfo.processInfo.environment["QOMUS_RECORD"] == "1" }

  static func check(
    _ screen: Screen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let file = directory.appendingPathComponent(name + ".txt")
    let actual = screen.snapshot
    guard !isRecording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try? Data(actual.utf8).write(to: file)
      if !isRecording {
        Issue.record(
          "recorded a new snapshot \(name).txt; check it and run again",
          sourceLocation: sourceLocation)
      }
      return
    }
    guard expected != actual else { return }
    let expectedLines = expected.components(separatedBy: "\n")
    let actualLines = actual.components(separatedBy: "\n")
    let row =
      zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(expectedLines.count, actualLines.count)
    let want = row < expectedLines.count ? expectedLines[row] : "<none>"
    let got = row < actualLines.count ? actualLines[row] : "<none>"
    let column =
      zip(want, got).enumerated().first { $0.element.0 != $0.element.1 }.map { "\($0.offset)" }
      ?? "end"
    Issue.record(
      """
      snapshot \(name) differs at line \(row), column \(column) (QOMUS_RECORD=1 re-records):
        expected: \(want)
        actual:   \(got)
      """, sourceLocation: sourceLocation)
  }
}
