import Foundation
import Testing

@testable import QomusCore

@Suite("Companion validation")
struct CompanionValidatorTests {
  let corpus = InsightFixture.corpus

  @Test func unknownCardsInToursAndCellsAreQ015ErrorsOnTheirLines() {
    let tour = Tour(
      id: "t", title: LocalizedText(uz: "t", en: "t"), description: LocalizedText(uz: "", en: ""),
      stops: [TourStop(card: "act-uz-law", line: 5), TourStop(card: "act-missing", line: 7)],
      file: "tours/t.yaml")
    let cell = MatrixCell(
      card: "ana-missing", label: LocalizedText(uz: "a", en: "a"),
      status: LocalizedText(uz: "s", en: "s"), line: 12)
    let free = MatrixCell(
      card: nil, label: LocalizedText(uz: "b", en: "b"), status: LocalizedText(uz: "s", en: "s"))
    let matrix = ComparisonMatrix(
      title: LocalizedText(uz: "m", en: "m"), columns: [.UZ, .EE],
      rows: [
        MatrixRow(id: "r", title: LocalizedText(uz: "r", en: "r"), cells: [.UZ: free, .EE: cell])
      ],
      file: "matrix.yaml")
    let diagnostics = CompanionValidator.validate(tours: [tour], matrix: matrix, corpus: corpus)
    #expect(
      diagnostics.map(\.description) == [
        "tours/t.yaml:7: error: Q015 tour 't' stops at unknown card 'act-missing'",
        "matrix.yaml:12: error: Q015 matrix cell r × EE names unknown card 'ana-missing'",
      ])
  }

  /// A cell in the EE column that opens a Uzbek card is one Q017 error on the cell's line; a cell of the card's own
  /// jurisdiction, and a cell with no card, are fine.
  @Test func aCellOpensACardOfItsOwnColumnsJurisdiction() throws {
    let uzbek = try #require(corpus.cards.first { $0.jurisdiction == .UZ })
    func cell(_ card: String?, line: Int) -> MatrixCell {
      MatrixCell(
        card: card, label: LocalizedText(uz: "a", en: "a"), status: LocalizedText(uz: "s", en: "s"),
        line: line)
    }
    let matrix = ComparisonMatrix(
      title: LocalizedText(uz: "m", en: "m"), columns: [.UZ, .EE, .US],
      rows: [
        MatrixRow(
          id: "r", title: LocalizedText(uz: "r", en: "r"),
          cells: [.UZ: cell(uzbek.id, line: 3), .EE: cell(uzbek.id, line: 4), .US: cell(nil, line: 5)])
      ],
      file: "matrix.yaml")
    let diagnostics = CompanionValidator.validate(tours: [], matrix: matrix, corpus: corpus)
    #expect(
      diagnostics.map(\.description) == [
        "matrix.yaml:4: error: Q017 matrix cell r × EE opens '\(uzbek.id)', a card of UZ; a cell opens a card "
          + "of its column's jurisdiction or none"
      ])
  }

  @Test func companionFilesLoadFromAContentDirectory() throws {
    let content = try TemporaryContent()
    let tours = content.url.appendingPathComponent("tours")
    try FileManager.default.createDirectory(at: tours, withIntermediateDirectories: true)
    try Data(TourLoaderTests.valid.utf8).write(to: tours.appendingPathComponent("demo.yaml"))
    try Data(MatrixLoaderTests.valid.utf8).write(
      to: content.url.appendingPathComponent("matrix.yaml"))
    let files = CompanionFiles.load(directory: content.url, corpus: corpus)
    #expect(files.tours.map(\.id) == ["demo"])
    #expect(files.tour("demo") != nil)
    #expect(files.matrix?.rows.count == 1)
    // The demo tour names act-a and act-b, which the fixture corpus does not hold.
    #expect(files.diagnostics.filter { $0.message.contains("unknown card") }.count == 2)
  }
}
