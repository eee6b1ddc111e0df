import Testing

@testable import QomusCore

@Suite("Comparison matrix")
struct MatrixLoaderTests {
  static let valid = """
    title: {uz: Jadval, en: Matrix}
    columns: [UZ, EE, SE]
    rows:
      - id: personal-data
        topic: personal-data
        title: {uz: Shaxsga doir maʼlumotlar, en: Personal data}
        cells:
          UZ:
            card: act-uz-law
            label: {uz: Qonun, en: The law}
            status: {uz: Amalda, en: In force}
          EE:
            label: {uz: Inspeksiya, en: Inspectorate}
            status: {uz: Alohida organ, en: A separate body}
    """

  @Test func aValidMatrixLoadsRowsColumnsAndCells() throws {
    let (matrix, diagnostics) = MatrixLoader.parse(Self.valid, file: "matrix.yaml")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let loaded = try #require(matrix)
    #expect(loaded.columns == [.UZ, .EE, .SE])
    #expect(loaded.rows.map(\.id) == ["personal-data"])
    #expect(loaded.rows[0].topic == .personalData)
    #expect(loaded.cell(row: 0, column: 0)?.card == "act-uz-law")
    #expect(loaded.cell(row: 0, column: 0)?.line == 8)
    #expect(loaded.cell(row: 0, column: 1)?.card == nil)
    #expect(loaded.cell(row: 0, column: 1)?.label.en == "Inspectorate")
    #expect(loaded.cell(row: 0, column: 2) == nil)
    #expect(loaded.cell(row: 3, column: 0) == nil)
    #expect(loaded.cardIDs == ["act-uz-law"])
  }

  @Test func aCellOutsideTheColumnsIsAnError() {
    let text = Self.valid.replacingOccurrences(of: "      EE:", with: "      KR:")
    let (matrix, diagnostics) = MatrixLoader.parse(text, file: "matrix.yaml")
    #expect(matrix?.rows[0].cells.count == 1)
    #expect(diagnostics.map(\.line) == [12])
    #expect(diagnostics.first?.message.contains("not one of the columns") == true)
  }

  @Test func missingLanguagesAndUnknownValuesAreReported() {
    let text = Self.valid.replacingOccurrences(
      of: "status: {uz: Amalda, en: In force}", with: "status: {uz: Amalda}"
    )
    .replacingOccurrences(of: "topic: personal-data", with: "topic: privacy")
    .replacingOccurrences(of: "[UZ, EE, SE]", with: "[UZ, EE, SE, XX]")
    let diagnostics = MatrixLoader.parse(text, file: "matrix.yaml").diagnostics
    #expect(diagnostics.allSatisfy { $0.code == .companionFile && $0.severity == .error })
    let messages = diagnostics.map(\.message)
    #expect(messages.contains { $0.contains("column 'XX'") })
    #expect(messages.contains { $0.contains("unknown topic 'privacy'") })
    #expect(messages.contains { $0.contains("'status' has no 'en' text") })
  }

  @Test func cellsWithMissingCardsCanBeDropped() throws {
    let matrix = try #require(MatrixLoader.parse(Self.valid, file: "m").matrix)
    let kept = matrix.keepingCards(in: Corpus(cards: []))
    #expect(kept.rows[0].cells.keys.sorted { $0.rawValue < $1.rawValue } == [.EE])
  }
}
