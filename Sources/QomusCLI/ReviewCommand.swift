import ArgumentParser
import Foundation
import QomusCore

/// `qomus review`: every question answered so far, with its FSRS memory state and when it comes back.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "List every question you have answered, with its memory state (FSRS-6) and review day.",
    discussion: """
      Stability is the number of days until the predicted recall falls to 90%; difficulty runs from 1 (easy) to \
      10 (hard); retrievability is the predicted probability of recalling the answer today. Questions are listed \
      soonest due first.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var data: DataOptions

  @Option(name: .long, help: "The language of the card titles: uz, en, both or cyr (Uzbek in Cyrillic).")
  var lang: LanguageChoice = .en

  @Flag(
    name: .long,
    help: "Print JSON: [{id, stability, difficulty, retrievability, due, reviews, lapses}].")
  var json = false

  /// One question as `--json` prints it.
  struct JSONReview: Encodable {
    var id: String
    var stability: Double
    var difficulty: Double
    var retrievability: Double
    var due: String
    var reviews: Int
    var lapses: Int
  }

  func run() throws {
    let states = try data.openStoreForReading().reviewStates()
    let schedule = ReviewSchedule.standard
    let now = Date()
    let rows = states.map { state in
      JSONReview(
        id: state.questionID, stability: Self.rounded(state.memory.stability),
        difficulty: Self.rounded(state.memory.difficulty),
        retrievability: Self.rounded(schedule.retrievability(of: state, at: now)),
        due: state.due.description, reviews: state.reviews, lapses: state.lapses)
    }
    if json {
      try Console.printJSON(rows)
      return
    }
    guard !rows.isEmpty else {
      LineOutput.line("No question answered yet; 'qomus quiz' asks some.")
      return
    }
    let corpus = try global.loadCorpus()
    let dueCount = states.filter { $0.isDue(at: now) }.count
    LineOutput.line(
      Console.styled(
        "\(rows.count) question\(rows.count == 1 ? "" : "s") answered, \(dueCount) due today.", .bold))
    let table =
      [["id", "stability", "difficulty", "recall now", "due", "reviews", "lapses", "card"]]
      + zip(rows, states).map { row, state in
        [
          row.id, String(format: "%.2f d", row.stability), String(format: "%.2f", row.difficulty),
          String(format: "%.0f%%", row.retrievability * 100), row.due, String(row.reviews), String(row.lapses),
          state.cardIDs.first.flatMap { corpus[$0].map { lang.joined($0.title) } } ?? "",
        ]
      }
    let widths = (0..<8).map { column in table.map { $0[column].count }.max() ?? 0 }
    for (index, cells) in table.enumerated() {
      let line = cells.enumerated().map { column, cell in
        column == 7
          ? cell
          : column == 0 || column == 4
            ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            : String(repeating: " ", count: widths[column] - cell.count) + cell
      }.joined(separator: "  ")
      LineOutput.line(index == 0 ? Console.styled(line, .dim) : Console.styled(line))
    }
  }

  /// Four decimals: enough for days and probabilities, short in JSON.
  static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
