import Foundation
import Testing

/// `qomus export` on the bundled content: briefs, handouts without notes, Cyrillic, and the errors.
@Suite("Export command")
struct ExportCommandTests {
  @Test func aBriefOfAProposalIsOnePageWithItsParts() throws {
    let output = try CommandRunner.run([
      "export", "--brief", "prop-infosec-law", "--lang", "en", "--accessed", "2026-12-01",
    ])
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("# "))
    for heading in ["## What it fixes", "## What it draws on", "## Acts it would change", "## ⚠ Fact-check caveats"] {
      #expect(output.stdout.contains(heading), "\(heading)")
    }
    #expect(output.stdout.contains("accessed 2026-12-01."))
    #expect(output.stdout.split(separator: "\n", omittingEmptySubsequences: false).count <= 120)
  }

  @Test func aBriefOfAnotherKindNamesTheIDAndItsKindWithoutUsage() throws {
    let output = try CommandRunner.run(["export", "--brief", "act-uz-egov-law"])
    #expect(output.status != 0)
    #expect(output.stderr.contains("'act-uz-egov-law' is a card of kind act, not a proposal"))
    #expect(!output.stderr.contains("Usage:"))
    let json = try CommandRunner.run(["export", "--brief", "prop-infosec-law", "--format", "json"])
    #expect(json.status != 0 && json.stderr.contains("a brief is Markdown or HTML"))
    let date = try CommandRunner.run(["export", "--brief", "prop-infosec-law", "--accessed", "2026-13-01"])
    #expect(date.status != 0 && date.stderr.contains("'2026-13-01' is not a date"))
  }

  @Test func aCyrillicBriefWritesUzbekInCyrillicToAFile() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("qomus-brief-\(UUID()).html")
    defer { try? FileManager.default.removeItem(at: file) }
    let output = try CommandRunner.run([
      "export", "--brief", "prop-remote-eid", "--lang", "cyr", "--format", "html", "-o", file.path,
    ])
    #expect(output.status == 0)
    #expect(output.stdout == "wrote a brief of prop-remote-eid as html to \(file.path)\n")
    let html = try String(contentsOf: file, encoding: .utf8)
    #expect(html.contains("<h2>Қайси камчиликларни бартараф этади</h2>"))
    #expect(html.contains("<code>prop-remote-eid</code>"))
  }

  @Test func aTourHandoutWithoutNotesHasNoLecturerNotes() throws {
    let tours = try FileManager.default.contentsOfDirectory(
      at: CommandRunner.repository.appendingPathComponent("content/tours"), includingPropertiesForKeys: nil)
    let tour = try #require(tours.first { $0.pathExtension == "yaml" }).deletingPathExtension().lastPathComponent
    let with = try CommandRunner.run(["export", "--tour", tour, "--lang", "en"])
    let without = try CommandRunner.run(["export", "--tour", tour, "--lang", "en", "--no-notes"])
    #expect(with.status == 0 && without.status == 0)
    #expect(with.stdout.contains("**Lecturer note:**"))
    #expect(!without.stdout.contains("Lecturer note"))
  }
}
