import Foundation
import Testing

/// Mistakes on the command line get one line naming what was wrong, the conventional status (64 for usage,
/// 1 for a failure) and no usage dump; runs the real binary on the bundled content.
@Suite("Command errors")
struct CommandErrorTests {
  func run(_ arguments: String...) throws -> CommandRunner.Output { try CommandRunner.run(arguments) }

  func expectOneLineError(_ output: CommandRunner.Output, status: Int32, saying text: String) {
    #expect(output.status == status)
    #expect(output.stderr.contains(text), "stderr: \(output.stderr)")
    #expect(!output.stderr.contains("Usage:"), "no usage dump: \(output.stderr)")
    #expect(output.stderr.split(separator: "\n").count == 1)
  }

  @Test func aMistypedCommandIsNamedWithASuggestion() throws {
    expectOneLineError(
      try run("serach", "x"), status: 64, saying: "unknown command 'serach' — did you mean 'search'?")
    expectOneLineError(try run("lsit"), status: 64, saying: "did you mean 'list'?")
  }

  @Test func searchWithNoQueryIsAUsageError() throws {
    expectOneLineError(try run("search"), status: 64, saying: "give a query")
    expectOneLineError(try run("search", "  "), status: 64, saying: "give a query")
  }

  @Test func aNegativeCountIsNamed() throws {
    expectOneLineError(try run("quiz", "--count", "-1"), status: 64, saying: "--count must be 1 or more, not -1")
  }

  @Test func showSuggestsIgnoringCase() throws {
    expectOneLineError(try run("show", "ACT-UZ-EGOV"), status: 64, saying: "did you mean 'act-uz-egov-law'?")
    let exact = try run("show", "ACT-UZ-EGOV-LAW", "--lang", "en")
    #expect(exact.status == 0, "an id in capitals is still the card")
  }

  @Test func anUnwritableOutputNamesThePathAndTheReason() throws {
    let output = try run("export", "--format", "html", "--kind", "act", "-o", "/no/such/dir/h.html")
    expectOneLineError(
      output, status: 1, saying: "cannot write '/no/such/dir/h.html': the folder '/no/such/dir' does not exist")
  }

  @Test func aSearchThatFindsNothingSaysSoOnStderr() throws {
    let output = try run("search", "zzzqqqxxy")
    #expect(output.status == 0)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains("no card matches 'zzzqqqxxy'"))
  }

  @Test func everyLangOptionAcceptsCyrillic() throws {
    let show = try run("show", "act-uz-egov-law", "--lang", "cyr")
    #expect(show.status == 0)
    #expect(show.stdout.contains("“Электрон ҳукумат тўғрисида”ги Қонун"))
    for arguments in [
      ["list", "--lang", "cyr"], ["search", "elektron", "--lang", "cyr"], ["tours", "--lang", "cyr"],
    ] {
      let output = try CommandRunner.run(arguments)
      #expect(output.status == 0, "\(arguments): \(output.stderr)")
      #expect(output.stdout.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "\(arguments)")
    }
  }

  @Test func versionAndHelpPrintAndSucceed() throws {
    let version = try run("--version")
    #expect(version.status == 0)
    #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    let help = try run("search", "--help")
    #expect(help.status == 0)
    #expect(help.stdout.contains("USAGE"))
  }
}
