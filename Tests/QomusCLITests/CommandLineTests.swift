import Foundation
import Testing

/// The command line as other tools and people use it: JSON shapes, exit codes, warnings, sanitised output.
@Suite("Command line")
struct CommandLineTests {
  /// A content directory with two good cards (one with a hostile title) and one broken file.
  final class Fixture {
    let url: URL

    init() throws {
      url = FileManager.default.temporaryDirectory.appendingPathComponent(
        "qomus-cli-\(UUID().uuidString)")
      let cards = url.appendingPathComponent("cards")
      try FileManager.default.createDirectory(at: cards, withIntermediateDirectories: true)
      try Self.card(id: "act-a", title: "Qonun A", links: "[{rel: see-also, to: def-b}]")
        .write(to: cards.appendingPathComponent("act-a.md"), atomically: true, encoding: .utf8)
      try Self.card(
        // YAML's \e and \a escapes put a raw ESC and BEL into the title.
        id: "def-b", kind: "deficiency", title: "Kamchilik \\e[31mB\\a",
        links: "[{rel: concerns, to: act-a}]"
      ).write(to: cards.appendingPathComponent("def-b.md"), atomically: true, encoding: .utf8)
      try "---\nid: act-broken\ntitle: {uz: x\n---\n"
        .write(to: cards.appendingPathComponent("act-broken.md"), atomically: true, encoding: .utf8)
    }

    static func card(id: String, kind: String = "act", title: String, links: String) -> String {
      """
      ---
      id: \(id)
      kind: \(kind)
      jurisdiction: UZ
      title: {uz: "\(title)", en: "\(title) (en)"}
      summary: {uz: Qisqa., en: Short.}
      sources: [{section: Kirish}]
      links: \(links)
      ---
      # uz
      Matn.
      # en
      Text.
      """
    }

    deinit { try? FileManager.default.removeItem(at: url) }
  }

  @Test func listJSONHasTheDocumentedShape() throws {
    let fixture = try Fixture()
    let output = try CommandRunner.run(["list", "--json", "--content", fixture.url.path])
    #expect(output.status == 0)
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
    #expect(array.count == 2)
    let first = try #require(array.first)
    #expect(Set(first.keys) == ["id", "kind", "jurisdiction", "title", "summary", "links"])
    #expect(first["id"] as? String == "act-a")
    #expect((first["title"] as? [String: String])?["en"] == "Qonun A (en)")
    #expect((first["links"] as? [[String: String]])?.first == ["id": "def-b", "rel": "see-also"])
  }

  @Test func aBrokenFileIsOneWarningLineAndTheGoodCardsStillList() throws {
    let fixture = try Fixture()
    let output = try CommandRunner.run(["list", "--content", fixture.url.path])
    #expect(output.status == 0)
    let warnings = output.stderr.split(separator: "\n")
    #expect(warnings.count == 1)
    #expect(warnings.first?.contains("act-broken.md:") == true)
    #expect(output.stdout.contains("act-a") && output.stdout.contains("def-b"))
  }

  @Test func showJSONAddsBodySourcesAndBacklinks() throws {
    let fixture = try Fixture()
    let output = try CommandRunner.run(["show", "act-a", "--json", "--content", fixture.url.path])
    #expect(output.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    for key in [
      "id", "kind", "jurisdiction", "title", "summary", "links", "body", "sources", "backlinks",
    ] {
      #expect(object[key] != nil, "missing \(key)")
    }
    #expect((object["body"] as? [String: String])?["en"] == "Text.")
    #expect((object["backlinks"] as? [[String: String]]) == [["id": "def-b", "rel": "concerns"]])
  }

  @Test func showNeverPrintsControlCharactersFromContent() throws {
    let fixture = try Fixture()
    let output = try CommandRunner.run(["show", "def-b", "--content", fixture.url.path])
    #expect(output.status == 0)
    #expect(
      !output.stdout.contains("\u{1B}"), "no ESC when stdout is a pipe, not even from content")
    #expect(!output.stdout.contains("\u{07}"))
    #expect(output.stdout.contains("Kamchilik ␛[31mB␇"))
  }

  @Test func showAnUnknownIDFailsWithAHint() throws {
    let fixture = try Fixture()
    let output = try CommandRunner.run(["show", "act", "--content", fixture.url.path])
    #expect(output.status != 0)
    #expect(output.stderr.contains("no card with id 'act'"))
    #expect(output.stderr.contains("act-a"))
  }

  @Test func checkReportsFileLineAndExitsOne() throws {
    let fixture = try Fixture()
    let output = try CommandRunner.run(["check", "--content", fixture.url.path])
    #expect(output.status == 1)
    #expect(output.stdout.contains("act-broken.md:3: error: Q001"))
    #expect(output.stdout.contains("2 cards, 1 error(s)"))
  }

  @Test func checkPassesOnTheBundledContent() throws {
    let output = try CommandRunner.run(["check"])
    #expect(output.status == 0, "\(output.stdout)")
  }

  @Test func theContentDirectoryCanComeFromTheEnvironment() throws {
    let fixture = try Fixture()
    let output = try CommandRunner.run(
      ["list", "--json"], environment: ["QOMUS_CONTENT": fixture.url.path])
    #expect(output.stdout.contains("\"act-a\""))
  }

  @Test func theBundledContentIsFoundFromAnyDirectory() throws {
    let output = try CommandRunner.run(
      ["list", "--kind", "proposal"], in: FileManager.default.temporaryDirectory)
    #expect(output.status == 0)
    #expect(output.stdout.contains("prop-egov-code"))
  }
}
