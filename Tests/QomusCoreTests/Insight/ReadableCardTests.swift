import Foundation
import Testing

@testable import QomusCore

/// `qomus read`'s text: plain lines, numbered links, nothing a screen reader would read as noise.
@Suite("Readable card")
struct ReadableCardTests {
  static let act = Card(
    id: "act-a", kind: .act, jurisdiction: .UZ,
    title: LocalizedText(uz: "Elektron hukumat toʻgʻrisida", en: "On Electronic Government"),
    summary: LocalizedText(uz: "Asosiy **qonun**.", en: "The framework **law**."),
    body: LocalizedText(
      uz: "## Mazmuni\n\nQonun.",
      en:
        "## Content\n\nThe law lays down\nthe *legal* basis.\n\n- first item\n  runs on\n- second `item`\n\n> A quote.\n\nRed \u{1B}[31mtext."
    ),
    adopted: PartialDate("2015-12-09"),
    links: [CardLink(relation: .seeAlso, target: "act-b")])
  static let other = Card(
    id: "act-b", kind: .act, jurisdiction: .UZ, title: LocalizedText(uz: "B qonun", en: "Law B"),
    summary: LocalizedText(uz: "B.", en: "B."), body: LocalizedText(uz: "B.", en: "B."),
    links: [CardLink(relation: .seeAlso, target: "act-a")])

  @Test func aCardReadsAsPlainNumberedLines() {
    let corpus = Corpus(cards: [Self.act, Self.other])
    let lines = ReadableCard.lines(of: Self.act, in: corpus, language: .en)
    #expect(lines[0] == "On Electronic Government")
    #expect(lines[1].contains("adopted 2015-12-09"), "the one meta line")
    #expect(lines.contains("The framework law."))
    #expect(lines.contains("Content"), "a heading as its text")
    #expect(lines.contains("The law lays down the legal basis."), "a paragraph is one line")
    #expect(lines.contains("- first item runs on") && lines.contains("- second item"))
    #expect(lines.contains("A quote."))
    #expect(lines.contains("[1] See also: Law B (act-b)"))
    #expect(lines.contains("Linked from:") && lines.contains("[2] See also: Law B (act-b)"))
    #expect(lines.contains("Sources:") == false, "no sources, no heading")
    let text = lines.joined(separator: "\n")
    #expect(!text.unicodeScalars.contains("\u{1B}"), "no escape byte, even from the content")
    #expect(text.contains("␛[31m"), "shown as a visible placeholder")
    #expect(!lines.contains { $0.contains("\n") })
  }

  @Test func uzbekCanBeWrittenInCyrillic() {
    let corpus = Corpus(cards: [Self.act, Self.other])
    let lines = ReadableCard.lines(of: Self.act, in: corpus, language: .uz) { text, language in
      language == .uz ? UzbekTransliterator.toCyrillic(text) : text
    }
    #expect(lines[0] == "Электрон ҳукумат тўғрисида")
    #expect(lines.contains { $0.hasPrefix("[1] ") && $0.hasSuffix("(act-b)") }, "ids stay as written")
  }
}
