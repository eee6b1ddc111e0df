import ArgumentParser
import Foundation
import QomusCore

/// `qomus matrix`: the comparison matrix as CSV, a Markdown table or an HTML page.
struct MatrixCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "matrix",
    abstract: "Write the comparison matrix (topics × jurisdictions) as CSV, Markdown or HTML.",
    discussion: """
      One row per topic, one column per jurisdiction; each cell is 'label — status'. CSV follows RFC 4180 (one \\
      header row, CRLF line ends, fields quoted where needed) and opens in any spreadsheet. Without -o the matrix \\
      goes to standard output.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(name: .long, help: "The format: csv, markdown or html.")
  var format: MatrixExport.Format = .markdown

  @Option(name: .long, help: "The language: uz, en or cyr (Uzbek in Cyrillic).")
  var lang: ExportLanguage = .uz

  @Option(
    name: [.customShort("o"), .long],
    help: ArgumentHelp("The file to write ('-' or none: standard output).", valueName: "file"))
  var output: String?

  func validate() throws {
    if lang == .both {
      throw ExportOptionError("the matrix is in one language: --lang uz, en or cyr")
    }
  }

  func run() throws {
    let directory = try global.contentDirectory()
    let corpus = try global.loadCorpus()
    guard let matrix = CompanionFiles.load(directory: directory, corpus: corpus).matrix else {
      throw ExportOptionError(
        "the content has no comparison matrix (\(directory.appendingPathComponent("matrix.yaml").path)); "
          + "'qomus check' says why")
    }
    let text = MatrixExport(matrix: matrix, language: lang.languages[0], script: lang.script).render(format)
    guard let output, output != "-" else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try text.write(to: URL(fileURLWithPath: output), atomically: true, encoding: .utf8)
    } catch {
      throw ExportOptionError("cannot write '\(output)': \(error.localizedDescription)")
    }
    print(
      "wrote the matrix (\(matrix.rows.count) topics × \(matrix.columns.count) jurisdictions) as \(format.rawValue) to \(output)"
    )
  }
}

extension MatrixExport.Format: ExpressibleByArgument {}
