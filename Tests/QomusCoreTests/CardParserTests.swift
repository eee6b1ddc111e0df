import Testing

@testable import QomusCore

@Suite("Card parser")
struct CardParserTests {
  private func parse(_ fixture: CardFixture) -> (card: Card?, diagnostics: [Diagnostic]) {
    CardParser.parse(fixture.text, file: "cards/\(fixture.id).md")
  }

  private func codes(_ fixture: CardFixture) -> [DiagnosticCode] {
    parse(fixture).diagnostics.map(\.code)
  }

  @Test func aValidCardParsesEveryField() throws {
    var fixture = CardFixture()
    fixture.fields["number"] = "ZRU-395"
    fixture.fields["in_force"] = "\"2016-06\""
    fixture.fields["status"] = "in-force"
    fixture.fields["issuer"] = "\n  uz: Prezident\n  en: President"
    fixture.fields["links"] = "\n  - {rel: see-also, to: act-other}\n  - {rel: concerns, to: def-x}"
    fixture.fields["notes"] = "\n  - uz: Izoh.\n    en: A note.\n    source: lex.uz/docs/1"
    fixture.fields["sources"] =
      "\n  - section: Kirish\n  - url: https://lex.uz/docs/2833855\n    label: lex.uz"
    let (card, diagnostics) = parse(fixture)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let parsed = try #require(card)
    #expect(parsed.id == "act-test")
    #expect(parsed.kind == .act)
    #expect(parsed.jurisdiction == .UZ)
    #expect(parsed.title.uz == "Elektron hukumat toʻgʻrisida")
    #expect(parsed.title.en == "On Electronic Government")
    #expect(parsed.number == "ZRU-395")
    #expect(parsed.issuer?.en == "President")
    #expect(parsed.adopted == PartialDate(year: 2015, month: 12, day: 9))
    #expect(parsed.inForce == PartialDate(year: 2016, month: 6))
    #expect(parsed.status == .inForce)
    #expect(parsed.topics == [.legalBasis])
    #expect(
      parsed.sources == [.section("Kirish"), .url("https://lex.uz/docs/2833855", label: "lex.uz")])
    #expect(parsed.links.map(\.relation) == [.seeAlso, .concerns])
    #expect(parsed.links.map(\.target) == ["act-other", "def-x"])
    #expect(
      parsed.notes == [
        FactNote(text: LocalizedText(uz: "Izoh.", en: "A note."), source: "lex.uz/docs/1")
      ])
    #expect(parsed.body.uz == "Qonun elektron hukumatning huquqiy asosini belgilaydi.")
    #expect(parsed.body.en == "The law lays down the legal basis of e-government.")
  }

  @Test func noFrontMatterIsAParseErrorOnLineOne() {
    let (card, diagnostics) = CardParser.parse("# uz\nmatn\n", file: "x.md")
    #expect(card == nil)
    #expect(diagnostics.map(\.code) == [.parse])
    #expect(diagnostics.first?.line == 1)
  }

  @Test func brokenYAMLIsReportedWithItsFileLine() {
    var fixture = CardFixture()
    fixture.fields["topics"] = "[legal-basis"  // unclosed flow sequence
    let (card, diagnostics) = parse(fixture)
    #expect(card == nil)
    #expect(diagnostics.map(\.code) == [.parse])
    // `topics` is line 12 of the file; libyaml notices the unclosed list on it or the next line.
    #expect((12...13).contains(diagnostics.first?.line ?? 0))
    #expect(diagnostics.first?.description.hasPrefix("cards/act-test.md:") == true)
  }

  @Test func missingRequiredFieldsAreErrors() {
    var fixture = CardFixture()
    fixture.fields["title"] = ""
    fixture.fields["sources"] = ""
    let (card, diagnostics) = parse(fixture)
    #expect(card == nil, "a card without a title cannot be shown")
    #expect(diagnostics.map(\.code) == [.missingField, .missingField])
  }

  @Test func aMissingLanguageIsReportedOnItsField() {
    var fixture = CardFixture()
    fixture.fields["summary"] = "\n  uz: Faqat oʻzbekcha."
    let (card, diagnostics) = parse(fixture)
    #expect(card != nil, "the card still loads")
    #expect(diagnostics.map(\.code) == [.missingLanguage])
    #expect(diagnostics.first?.line == 8, "reported on the 'summary:' line")
    #expect(diagnostics.first?.message.contains("'en'") == true)
  }

  @Test(arguments: [
    ("kind", "law"), ("jurisdiction", "UK"), ("status", "active"), ("adopted", "\"9 Dec 2015\""),
    ("adopted", "\"2015-13-01\""), ("id", "Act_Test"),
  ])
  func valuesOutsideTheirVocabularyAreInvalid(field: String, value: String) {
    var fixture = CardFixture()
    fixture.fields[field] = value
    #expect(codes(fixture).contains(.invalidValue))
  }

  @Test func unknownTopicsAreReported() {
    var fixture = CardFixture()
    fixture.fields["topics"] = "[legal-basis, blockchain]"
    let (card, diagnostics) = parse(fixture)
    #expect(diagnostics.map(\.code) == [.unknownTopic])
    #expect(card?.topics == [.legalBasis])
  }

  @Test func unknownRelationsAreReported() {
    var fixture = CardFixture()
    fixture.fields["links"] = "\n  - {rel: inspired-by, to: ana-x}"
    #expect(codes(fixture) == [.unknownRelation])
  }

  @Test func foreignApostrophesInUzbekFieldsAreFlagged() {
    var fixture = CardFixture()
    fixture.fields["title"] = "\n  uz: Elektron hukumat to'g'risida\n  en: On E-Government's basis"
    let diagnostics = parse(fixture).diagnostics
    #expect(
      diagnostics.map(\.code) == [.mixedApostrophes], "English text may use ASCII apostrophes")
    #expect(diagnostics.first?.line == 6, "the line of 'uz:' under 'title:'")
  }

  @Test func foreignApostrophesInTheUzbekBodyAreFlaggedOnTheirLine() {
    var fixture = CardFixture()
    fixture.body =
      "# uz\n\nBirinchi qator.\nMa’lumotlar va o‘zbek tili.\n\n# en\n\nThe citizen’s data."
    let diagnostics = parse(fixture).diagnostics
    #expect(diagnostics.map(\.code) == [.mixedApostrophes])
    // Front matter is lines 1–15; the body's "# uz" is line 16, so "Ma’lumotlar" is line 19.
    #expect(diagnostics.first?.line == 19)
    #expect(diagnostics.first?.message.contains("Ma’lumotlar") == true)
  }

  @Test func aMissingBodySectionIsReported() {
    var fixture = CardFixture()
    fixture.body = "# uz\n\nFaqat oʻzbekcha matn."
    #expect(codes(fixture) == [.missingBodySection])
  }

  @Test func unknownFieldsAreWarnings() {
    var fixture = CardFixture()
    fixture.fields["titel"] = "typo"
    let diagnostics = parse(fixture).diagnostics
    #expect(diagnostics.map(\.code) == [.unknownField])
    #expect(diagnostics.first?.severity == .warning)
  }

  @Test func windowsLineEndingsParse() {
    let text = CardFixture().text.replacingOccurrences(of: "\n", with: "\r\n")
    let (card, diagnostics) = CardParser.parse(text, file: "x.md")
    #expect(diagnostics.isEmpty)
    #expect(card?.body.en == "The law lays down the legal basis of e-government.")
  }

  @Test func aLinkMarkedInferredIsQomussInference() throws {
    var fixture = CardFixture()
    fixture.fields["links"] =
      "\n  - {rel: changes, to: act-a, inferred: true}\n  - {rel: see-also, to: act-b}"
    let (card, diagnostics) = parse(fixture)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(try #require(card).links.map(\.inferred) == [true, false])
  }

  @Test func inferredMustBeABooleanAndCitesIsNeverWritten() {
    var fixture = CardFixture()
    fixture.fields["links"] =
      "\n  - {rel: changes, to: act-a, inferred: maybe}\n  - {rel: cites, to: src-article}"
    let diagnostics = parse(fixture).diagnostics
    #expect(diagnostics.map(\.code) == [.invalidValue, .unknownRelation])
    #expect(diagnostics.last?.message.contains("computed") == true)
  }
}
