import ArgumentParser
import QomusCore

/// `qomus check`: validates the content like a compiler.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract:
      "Validate the content; report every problem as file:line and exit 1 if there is an error.",
    discussion: "Codes: "
      + DiagnosticCode.allCases.map { "\($0.rawValue) \($0.summary)" }.joined(separator: "; ") + "."
  )

  @OptionGroup var global: GlobalOptions

  @Flag(name: .long, help: "Treat warnings as errors.")
  var strict = false

  func run() throws {
    let directory = try global.contentDirectory()
    let result = try global.load()
    let companions = CompanionFiles.load(directory: directory, corpus: result.corpus)
    let diagnostics = (result.diagnostics + companions.diagnostics).sorted {
      ($0.file, $0.line) < ($1.file, $1.line)
    }
    for diagnostic in diagnostics {
      print(Console.styled(diagnostic.description, diagnostic.severity == .error ? .warning : .dim))
    }
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.count - errors
    print("\(result.corpus.cards.count) cards, \(errors) error(s), \(warnings) warning(s)")
    if errors > 0 || (strict && warnings > 0) { throw ExitCode.failure }
  }
}
