import Testing

@testable import QomusCore

/// The comparison matrix as CSV (against a hand-written RFC 4180 file), Markdown and HTML (goldens
/// Fixtures/export/matrix.*; re-record with `QOMUS_RECORD=1 swift test --filter MatrixExportTests`).
@Suite("Matrix export")
struct MatrixExportTests {
  /// Two topics × three columns; cells with a comma, quotes, a line break, a pipe, an empty status and a gap.
  static let matrix = ComparisonMatrix(
    title: LocalizedText(uz: "Qiyosiy jadval", en: "Comparison matrix"),
    columns: [.UZ, .EE, .KR],
    rows: [
      MatrixRow(
        id: "legal-basis", title: LocalizedText(uz: "Huquqiy asos", en: "Legal basis"),
        cells: [
          .UZ: MatrixCell(
            card: "act-uz-law", label: LocalizedText(uz: "Qonun (OʻRQ-395, 2015)", en: "Law (ZRU-395, 2015)"),
            status: LocalizedText(uz: "Kuchda", en: "In force")),
          .KR: MatrixCell(
            card: nil, label: LocalizedText(uz: "“Yagona kodeks”", en: "A \"single code\""),
            status: LocalizedText(uz: "", en: "")),
        ]),
      MatrixRow(
        id: "open-data", title: LocalizedText(uz: "Ochiq maʼlumotlar", en: "Open data"),
        cells: [
          .EE: MatrixCell(
            card: nil, label: LocalizedText(uz: "X-Road | RIHA", en: "X-Road | RIHA"),
            status: LocalizedText(uz: "Ikki qator:\nikkinchisi", en: "Two lines:\nthe second")),
          .KR: MatrixCell(
            card: nil, label: LocalizedText(uz: "Qonun", en: "Act"),
            status: LocalizedText(uz: "Amalda", en: "In force")),
        ]),
    ])

  @Test func csvFollowsRFC4180() {
    let expected =
      "Topic,Uzbekistan,Estonia,South Korea\r\n"
      + "Legal basis,\"Law (ZRU-395, 2015) — In force\",,\"A \"\"single code\"\"\"\r\n"
      + "Open data,,\"X-Road | RIHA — Two lines:\nthe second\",Act — In force\r\n"
    #expect(MatrixExport(matrix: Self.matrix, language: .en).render(.csv) == expected)
  }

  @Test func csvInUzbekCyrillicKeepsTheCodes() {
    let csv = MatrixExport(matrix: Self.matrix, language: .uz, script: .cyrillic).render(.csv)
    let lines = csv.components(separatedBy: "\r\n")
    // Mavzu, Oʻzbekiston, Estoniya, Janubiy Koreya by the official letter correspondences.
    #expect(lines[0] == "Мавзу,Ўзбекистон,Эстония,Жанубий Корея")
    #expect(lines[1].hasPrefix("Ҳуқуқий асос,\"Қонун (ЎРҚ-395, 2015) — Кучда\","))
  }

  @Test func markdownGolden() throws {
    try ExportGoldenTests.assertGolden(
      MatrixExport(matrix: Self.matrix, language: .en).render(.markdown), name: "matrix.md")
  }

  @Test func htmlGolden() throws {
    let html = MatrixExport(matrix: Self.matrix, language: .en).render(.html)
    #expect(
      html.contains("<td><strong>X-Road | RIHA</strong><br><span class=\"status\">Two lines:\nthe second</span></td>"))
    #expect(html.contains("<strong>A &quot;single code&quot;</strong></td>"))
    try ExportGoldenTests.assertGolden(html, name: "matrix.html")
  }
}
