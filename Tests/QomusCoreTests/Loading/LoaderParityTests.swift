import Foundation
import Testing

@testable import QomusCore

/// Every field of a card, its body and file, as text: two cards are the same card when their dumps are equal.
func dump(_ card: Card?) -> String {
  guard let card else { return "no card" }
  return [
    card.id, card.kind.rawValue, card.jurisdiction.rawValue, card.title.uz, card.title.en,
    card.summary.uz, card.summary.en, card.body.uz, card.body.en, card.number ?? "-",
    card.issuer.map { $0.uz + "|" + $0.en } ?? "-", card.adopted?.description ?? "-",
    card.inForce?.description ?? "-", card.status?.rawValue ?? "-",
    card.topics.map(\.rawValue).joined(separator: ","), "\(card.sources)", "\(card.links)",
    "\(card.notes)", card.file, "\(card.indexDigest)",
  ].joined(separator: "\n")
}

/// The fast parser and loader give exactly the cards and diagnostics the Foundation-based ones gave
/// (`LegacyCardParser`, kept verbatim in the tests), on the bundled content and on every kind of fixture.
@Suite("Loader parity")
struct LoaderParityTests {
  static let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("content")

  /// Card files of every shape the parser must handle: valid, broken, and the edge cases of its byte-level work.
  static let texts: [String] = {
    var texts: [String] = []
    let base = CardFixture()
    texts.append(base.text)
    var full = CardFixture()
    full.fields["number"] = "ZRU-395"
    full.fields["in_force"] = "\"2016-06\""
    full.fields["status"] = "in-force"
    full.fields["issuer"] = "\n  uz: Prezident\n  en: President"
    full.fields["links"] = "\n  - {rel: see-also, to: act-other}\n  - {rel: concerns, to: def-x}"
    full.fields["notes"] = "\n  - uz: Izoh.\n    en: A note.\n    source: lex.uz/docs/1"
    full.fields["sources"] = "\n  - section: Kirish\n  - url: https://lex.uz/docs/2833855\n    label: lex.uz"
    texts.append(full.text)
    for (field, value) in [
      ("topics", "[legal-basis"), ("titel", "typo"), ("id", "Not_Kebab"), ("id", "-lead"), ("id", "trail-"),
      ("id", "a--b"), ("id", "  spaced-id  "), ("id", "\"\""), ("kind", "statute"), ("jurisdiction", "XX"),
      ("adopted", "\"2015-13-01\""), ("adopted", "\"15\""), ("status", "gone"), ("topics", "[nope]"),
      ("topics", "legal-basis"), ("title", "\n  uz: Faqat oʻzbekcha"), ("title", "just text"),
      ("title", "\n  uz: O'zbekiston qonuni\n  en: Law"), ("title", "\n  uz: ‘Ozbek’ gʻ`a\n  en: x"),
      ("summary", "\n  uz: \"\\u00A0 boʻsh \\u2003\"\n  en: \" \\t padded \\u3000\""),
      ("summary", "\n  uz: Oʻzbek\n  en: English\n  ru: Русский"), ("sources", "[]"), ("sources", "\n  - {}"),
      ("links", "\n  - {rel: cites, to: act-x}"), ("links", "\n  - just-a-string"), ("links", "not-a-list"),
      ("notes", "\n  - uz: Izoh\n    en: Note"), ("notes", "nope"), ("number", "[1, 2]"), ("id", ""),
    ] {
      var fixture = CardFixture()
      fixture.fields[field] = value
      texts.append(fixture.text)
    }
    for body in [
      "# uz\n\nFaqat oʻzbekcha matn.", "Stray text\n\n# uz\n\nMatn\n\n# en\n\nText", "# UZ\nMatn\n#  En  \nText",
      "# uz\nBir\n# en\nOne\n# uz\nIkki", "# uz\n# en\n", "# uz", "\u{00A0}# uz\nMatn\n# en\nText",
      "# uz\nO'zbekiston va g‘alaba, ma`lumot, qo´l\n\n# en\nIt's fine",
      "  \t \n# uz\nMatn  \n\n\n# en\n\nText\n\n\n", "#uz\nMatn\n# en\nText", "# fr\nTexte\n# uz\nMatn\n# en\nText",
      "\u{2003}\n# uz\nMatn\n# en\nText", "x\u{301}\n# uz\nMatn\n# en\nText", "# uz\nMatn\r\n# en\rText",
      "", "# uz\n\u{2028}Matn\u{2029}\n# en\n\u{0085}Text\u{0085}",
    ] {
      var fixture = CardFixture()
      fixture.body = body
      texts.append(fixture.text)
    }
    texts.append(base.text.replacingOccurrences(of: "\n", with: "\r\n"))
    texts.append("\u{FEFF}" + base.text)
    texts.append("# uz\nmatn\n")
    texts.append("---\n---\n# uz\nMatn\n# en\nText")
    texts.append("---\nid: x\n")
    texts.append("---\n- a\n- b\n---\n")
    texts.append("---\nid: act-a\nid: act-b\nkind: act\n---\n")
    texts.append("---\n: : :\n  - [\n---\n")
    texts.append("--- \n" + base.text.dropFirst(4))
    texts.append(base.text + "\n---\nmore: yaml\n---\n")
    return texts
  }()

  @Test(arguments: texts.indices)
  func theParserMatchesTheLegacyParser(index: Int) {
    let text = Self.texts[index]
    let legacy = LegacyCardParser.parse(text, file: "cards/act/act-test.md")
    let fast = CardParser.parse(text, file: "cards/act/act-test.md")
    #expect(dump(fast.card) == dump(legacy.card))
    #expect(fast.diagnostics == legacy.diagnostics)
  }

  @Test func theBundledContentLoadsAsBefore() throws {
    let legacy = LegacyContentLoader.load(directory: Self.bundled)
    let fast = ContentLoader.load(directory: Self.bundled)
    #expect(fast.corpus.cards.count >= 49)
    #expect(fast.corpus.cards.map(dump) == Corpus(cards: legacy.cards).cards.map(dump))
    #expect(fast.diagnostics == legacy.diagnostics)
    #expect(fast.skippedFiles == legacy.skipped)
  }

  @Test func aDirectoryOfBrokenAndOddFilesLoadsAsBefore() throws {
    let content = try TemporaryContent()
    try FileManager.default.createDirectory(
      at: content.url.appendingPathComponent("cards/act/deeper"), withIntermediateDirectories: true)
    for (index, text) in Self.texts.enumerated() {
      try content.write("act/card-\(index).md", text)
    }
    try content.write("act/deeper/act-test.md", CardFixture().text)
    try content.write("act/.hidden.md", CardFixture().text)
    try content.write("act/notes.txt", "not a card")
    try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A]).write(
      to: content.url.appendingPathComponent("cards/act/latin1.md"))
    try Data([0xEF, 0xBB, 0xBF] + Array(CardFixture().text.utf8)).write(
      to: content.url.appendingPathComponent("cards/act/bom.md"))
    let legacy = LegacyContentLoader.load(directory: content.url)
    let fast = ContentLoader.load(directory: content.url)
    #expect(fast.corpus.cards.map(dump) == Corpus(cards: legacy.cards).cards.map(dump))
    #expect(fast.diagnostics == legacy.diagnostics)
    #expect(fast.skippedFiles == legacy.skipped)
  }

  @Test(arguments: [
    "a", "act-uz-egov-law", "a1-b2-c3", "2022", "", "-", "a-", "-a", "a--b", "A", "a_b", "a b", "é", "a-é",
  ])
  func slugsMatchTheLegacyPattern(id: String) {
    let legacy = id.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression) != nil
    #expect(CardParser.isKebabCaseSlug(id) == legacy)
  }

  @Test(arguments: [
    "", " ", "x", " x ", "\t\nx\r\n", "\u{00A0}x\u{3000}", "\u{2028}x\u{2029}", "\u{0085}x", "\u{200B}x\u{200B}",
    " \u{301}x", "oʻzbek ", "\u{FEFF}x",
  ])
  func trimmingMatchesFoundation(text: String) {
    #expect(Whitespace.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    #expect(Whitespace.trimmedSpaces(text[...]) == text.trimmingCharacters(in: .whitespaces))
  }
}
