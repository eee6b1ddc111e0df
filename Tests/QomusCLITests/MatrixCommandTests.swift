import Foundation
import Testing

/// `qomus matrix` on the bundled content.
@Suite("Matrix command")
struct MatrixCommandTests {
  @Test func csvHasAHeaderRowAndOneRowPerTopic() throws {
    let output = try CommandRunner.run(["matrix", "--format", "csv", "--lang", "en"])
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("Topic,Uzbekistan,"))
    #expect(output.stdout.hasSuffix("\r\n"))
    // Every record ends in CRLF; the number of records is the header plus one per `- id:` row in matrix.yaml.
    let yaml = try String(
      contentsOf: CommandRunner.repository.appendingPathComponent("content/matrix.yaml"), encoding: .utf8)
    let topics = yaml.components(separatedBy: "\n").filter { $0.hasPrefix("  - id:") }.count
    #expect(output.stdout.components(separatedBy: "\r\n").count - 1 == topics + 1)
  }

  @Test func theMatrixGoesToAFileInMarkdownAndBothLanguagesIsAnError() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("qomus-matrix-\(UUID()).md")
    defer { try? FileManager.default.removeItem(at: file) }
    let output = try CommandRunner.run(["matrix", "--lang", "cyr", "-o", file.path])
    #expect(output.status == 0 && output.stdout.hasPrefix("wrote the matrix ("))
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.hasPrefix("# ") && text.contains("| Мавзу | Ўзбекистон |"))
    let both = try CommandRunner.run(["matrix", "--lang", "both"])
    #expect(both.status != 0 && both.stderr.contains("the matrix is in one language"))
    #expect(!both.stderr.contains("Usage:"))
  }
}
