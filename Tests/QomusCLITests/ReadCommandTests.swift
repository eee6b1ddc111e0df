import Foundation
import Testing

/// `qomus read`, as the built binary prints it from the bundled cards.
@Suite("qomus read")
struct ReadCommandTests {
  /// True when `text` has a box-drawing (U+2500–257F) or block (U+2580–259F) character.
  func hasBoxDrawing(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x2500...0x259F).contains($0.value) }
  }

  @Test(arguments: ["en", "uz", "cyr"])
  func aCardPrintsAsPlainLinesWithNoEscapeCodes(lang: String) throws {
    let output = try CommandRunner.run(
      ["read", "act-uz-egov-law", "--lang", lang], environment: ["TERM": "xterm-256color", "CLICOLOR_FORCE": "1"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(!output.stdout.utf8.contains(0x1B), "no ESC byte")
    #expect(!hasBoxDrawing(output.stdout), "no box-drawing characters")
    #expect(output.stdout.contains("\n[1] ") && output.stdout.contains("(act-uz-informatization-law)"))
    #expect(output.stdout.contains("2015-12-09"))
    let title = ["en": "Law “On Electronic Government”", "uz": "“Elektron hukumat toʻgʻrisida”gi Qonun"]
    if let title = title[lang] { #expect(output.stdout.hasPrefix(title), "\(output.stdout.prefix(80))") }
    if lang == "cyr" { #expect(output.stdout.contains("Электрон ҳукумат")) }
  }

  @Test func anUnknownCardIsNamed() throws {
    let output = try CommandRunner.run(["read", "act-uz-nothing"])
    #expect(output.status != 0)
    #expect(output.stderr.contains("act-uz-nothing"))
    #expect(output.stdout.isEmpty)
  }
}
