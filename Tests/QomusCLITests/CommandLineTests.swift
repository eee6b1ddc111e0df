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

  /// A content directory with one unmarked inference (Q016) and one matrix cell of the wrong jurisdiction (Q017):
  /// exactly two errors, each on its file and line; `show` marks an inferred link as Qomus's.
  @Test func checkReportsUnmarkedInferencesAndForeignMatrixCells() throws {
    let fixture = try Fixture()
    let cards = fixture.url.appendingPathComponent("cards")
    try FileManager.default.removeItem(at: cards.appendingPathComponent("act-broken.md"))
    try """
    ---
    id: act-new
    kind: act
    jurisdiction: UZ
    title: {uz: Yangi qonun, en: New law}
    summary: {uz: Qisqa., en: Short.}
    sources: [{url: "https://lex.uz/docs/1"}]
    ---
    # uz
    Matn.
    # en
    Text.
    """.write(to: cards.appendingPathComponent("act-new.md"), atomically: true, encoding: .utf8)
    try Fixture.card(
      id: "def-c", kind: "deficiency", title: "Kamchilik C",
      links: "[{rel: concerns, to: act-new}, {rel: see-also, to: act-new}]"
    ).write(to: cards.appendingPathComponent("def-c.md"), atomically: true, encoding: .utf8)
    try Fixture.card(
      id: "def-d", kind: "deficiency", title: "Kamchilik D",
      links: "[{rel: concerns, to: act-new, inferred: true}]"
    ).write(to: cards.appendingPathComponent("def-d.md"), atomically: true, encoding: .utf8)
    try """
    columns: [UZ, EE]
    rows:
      - id: r
        title: {uz: Qator, en: Row}
        cells:
          UZ: {card: act-a, label: {uz: a, en: a}, status: {uz: s, en: s}}
          EE: {card: act-a, label: {uz: b, en: b}, status: {uz: s, en: s}}
    """.write(
      to: fixture.url.appendingPathComponent("matrix.yaml"), atomically: true, encoding: .utf8)

    let output = try CommandRunner.run(["check", "--content", fixture.url.path])
    #expect(output.status == 1)
    #expect(output.stdout.contains("def-c.md:8: error: Q016 link 'concerns' to 'act-new'"))
    #expect(output.stdout.contains("matrix.yaml:7: error: Q017 matrix cell r × EE opens 'act-a'"))
    #expect(output.stdout.contains("5 cards, 2 error(s), 0 warning(s)"), "\(output.stdout)")

    let shown = try CommandRunner.run(["show", "def-d", "--lang", "en", "--content", fixture.url.path])
    #expect(shown.stdout.contains("act-new  New law  (Qomus’s inference)"), "\(shown.stdout)")
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
