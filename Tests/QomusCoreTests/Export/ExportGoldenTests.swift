import Foundation
import Testing

@testable import QomusCore

/// The handout formats against recorded files in Fixtures/export/. Re-record after an intended change with
/// `QOMUS_RECORD=1 swift test --filter ExportGoldenTests` and review the diff.
@Suite("Export goldens")
struct ExportGoldenTests {
  static let sourceDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("Fixtures/export")

  static func handout() throws -> Handout {
    try Handout(
      selection: .tour("test-tour"), corpus: InsightFixture.corpus, tours: [InsightFixture.tour],
      languages: [.uz, .en])
  }

  @Test func markdown() throws {
    try Self.assertGolden(try ExportFormat.markdown.render(try Self.handout()), name: "tour.md")
  }

  @Test func html() throws {
    try Self.assertGolden(try ExportFormat.html.render(try Self.handout()), name: "tour.html")
  }

  @Test func htmlInOneLanguage() throws {
    let handout = try Handout(
      selection: .ids(["act-uz-law", "act-uz-old"]), corpus: InsightFixture.corpus, languages: [.en]
    )
    try Self.assertGolden(try ExportFormat.html.render(handout), name: "acts-en.html")
  }

  /// Compares `text` with the golden `name`, or writes it when `QOMUS_RECORD=1`.
  static func assertGolden(
    _ text: String, name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let sourceFile = sourceDirectory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["QOMUS_RECORD"] == "1" {
      try Data(text.utf8).write(to: sourceFile)
      return
    }
    // The checkout's file first (a re-recording is seen without a rebuild), else the copy in the test bundle.
    let bundled = Bundle.module.resourceURL?.appendingPathComponent("Fixtures/export")
      .appendingPathComponent(name)
    let url =
      FileManager.default.fileExists(atPath: sourceFile.path) ? sourceFile : bundled ?? sourceFile
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "no golden \(name); record it with QOMUS_RECORD=1", sourceLocation: sourceLocation)
      return
    }
    guard text != expected else { return }
    let actualLines = text.components(separatedBy: "\n")
    let expectedLines = expected.components(separatedBy: "\n")
    let line =
      zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(actualLines.count, expectedLines.count)
    let want = line < expectedLines.count ? expectedLines[line] : "(end of file)"
    let got = line < actualLines.count ? actualLines[line] : "(end of file)"
    Issue.record(
      "\(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\nre-record with QOMUS_RECORD=1",
      sourceLocation: sourceLocation)
  }
}
