import ArgumentParser

/// The `qomus` command: explore the law of e-government in Uzbekistan.
public struct Qomus: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "qomus",
    abstract: "An offline explorer of the law of e-government in Uzbekistan, in Uzbek and English.",
    discussion: """
      Run with no subcommand to open the explorer. Content comes from --content, $QOMUS_CONTENT, ./content, \
      beside the binary (content/ or ../share/qomus/content), or the source checkout it was built from.
      """,
    version: Qomus.version,
    subcommands: [
      ExploreCommand.self, ListCommand.self, ShowCommand.self, SearchCommand.self,
      CheckCommand.self,
      QuizCommand.self, ReviewCommand.self, ReadCommand.self, NotesCommand.self, StarCommand.self, UnstarCommand.self,
      StarredCommand.self,
      ExportCommand.self, CiteCommand.self, ToursCommand.self, PresentCommand.self,
      MatrixCommand.self,
    ],
    defaultSubcommand: ExploreCommand.self
  )

  /// The version `qomus --version` prints.
  public static let version = "0.3.0"

  public init() {}
}
