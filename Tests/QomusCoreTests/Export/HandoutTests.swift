import Foundation
import Testing

@testable import QomusCore

@Suite("Handouts")
struct HandoutTests {
  let corpus = InsightFixture.corpus
  let tours = [InsightFixture.tour]

  @Test func aTourHandoutKeepsTheStopOrderAndTheLecturerNotes() throws {
    let handout = try Handout(
      selection: .tour("test-tour"), corpus: corpus, tours: tours, languages: [.en])
    #expect(handout.title.en == "Test tour")
    #expect(handout.tourID == "test-tour")
    #expect(handout.entries.map(\.card.id) == ["def-scattered", "prop-code", "ana-kr-act"])
    #expect(
      handout.entries.map { $0.note?.en } == ["Start with the diagnosis.", "The answer.", nil])
  }

  /// A link marked inferred is shown as Qomus's inference in the Markdown and HTML handouts, on that link only.
  @Test func anInferredLinkIsMarkedInTheHandouts() throws {
    var cards = InsightFixture.cards
    let index = try #require(cards.firstIndex { $0.id == "prop-code" })
    let link = try #require(cards[index].links.firstIndex { $0.target == "act-uz-new" })
    cards[index] = cards[index].with { $0.links[link].inferred = true }
    let handout = try Handout(
      selection: .ids(["prop-code"]), corpus: Corpus(cards: cards), languages: [.en])
    let markdown = try ExportFormat.markdown.render(handout)
    #expect(markdown.components(separatedBy: "*(Qomus’s inference)*").count == 2, "\(markdown)")
    let html = try ExportFormat.html.render(handout)
    #expect(html.components(separatedBy: "<em>(Qomus’s inference)</em>").count == 2)
  }

  @Test func sourcesAreNumberedOnceInOrderOfFirstUse() throws {
    let handout = try Handout(
      selection: .ids(["act-uz-law", "act-uz-old", "def-scattered"]), corpus: corpus,
      languages: [.en])
    #expect(handout.sources.map(\.number) == [1, 2, 3, 4])
    #expect(
      handout.sources.map(\.source.text) == [
        "Article: Kirish; Natijalar 1", "lex.uz: https://lex.uz/docs/2833855",
        "Article: Natijalar 1", "Article: Kamchiliklar",
      ])
    #expect(handout.entries.map(\.sourceNumbers) == [[1, 2], [3], [4]])
    #expect(handout.contains("act-uz-old") && !handout.contains("prop-code"))
  }

  @Test func selectionsByKindAndByIDsAndRepeatsCollapse() throws {
    let proposals = try Handout(selection: .kind(.proposal), corpus: corpus, languages: [.uz])
    #expect(proposals.entries.map(\.card.id) == ["prop-code", "prop-eid"])
    #expect(proposals.title.uz == "Qomus — Takliflar")
    let repeated = try Handout(
      selection: .ids(["prop-eid", "act-uz-law", "prop-eid"]), corpus: corpus, languages: [])
    #expect(repeated.entries.map(\.card.id) == ["prop-eid", "act-uz-law"])
    #expect(repeated.languages == [.en])
    let all = try Handout(selection: .all, corpus: corpus, languages: [.en])
    #expect(all.entries.count == InsightFixture.cards.count)
  }

  @Test func badSelectionsAreTypedErrorsWithAHumanMessage() {
    #expect(throws: ExportError.unknownTour("nope", available: ["test-tour"])) {
      try Handout(selection: .tour("nope"), corpus: corpus, tours: tours, languages: [.en])
    }
    #expect(throws: ExportError.unknownCards(["act-x", "def-y"])) {
      try Handout(
        selection: .ids(["act-uz-law", "act-x", "def-y"]), corpus: corpus, languages: [.en])
    }
    #expect(throws: ExportError.noCards) {
      try Handout(selection: .kind(.platform), corpus: corpus, languages: [.en])
    }
    #expect(
      ExportError.unknownTour("nope", available: ["a", "b"]).description
        == "no tour with id 'nope' (tours: a, b)")
  }

  @Test func htmlIsSelfContainedPrintableAndRunsNoContent() throws {
    var cards = InsightFixture.cards
    let index = cards.firstIndex { $0.id == "def-no-mandate" }!
    cards[index] = cards[index].with {
      $0.body.en = """
        Agencies choose <script>alert(1)</script> freely.

        <iframe src="https://evil.example"></iframe>

        A [bad link](javascript:alert(1)) and a [good one](https://lex.uz/docs/1) and ![img](https://x.example/i.png).
        """
      $0.title.en = "Title <b>with</b> “tags” & more"
    }
    let handout = try Handout(
      selection: .ids(["def-no-mandate"]), corpus: Corpus(cards: cards), languages: [.en])
    let html = try ExportFormat.html.render(handout)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("@media print"))
    for forbidden in ["<script", "<iframe", "javascript:", "<link", " src=\"", "<img", "<b>"] {
      #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
    }
    #expect(html.contains("Title &lt;b&gt;with&lt;/b&gt; “tags” &amp; more"))
    #expect(html.contains("<a href=\"https://lex.uz/docs/1\">good one</a>"))
    #expect(html.contains("bad link"))
  }

  @Test func jsonHoldsEachCardAsShowDoesWithNotesAndCitations() throws {
    let handout = try Handout(
      selection: .tour("test-tour"), corpus: corpus, tours: tours, languages: [.uz, .en])
    let json = try ExportFormat.json.render(handout)
    let document = try JSONDecoder().decode(JSONHandout.Document.self, from: Data(json.utf8))
    #expect(document.tour == "test-tour")
    #expect(document.languages == ["uz", "en"])
    #expect(document.cards.map(\.id) == ["def-scattered", "prop-code", "ana-kr-act"])
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let expected = try encoder.encode(CardJSON.detail(corpus["prop-code"]!, in: corpus))
    #expect(try encoder.encode(document.cards[1]) == expected)
    #expect(document.cards[0].backlinks.map(\.id) == ["prop-code"])
    #expect(document.lecturerNotes["def-scattered"]?.uz == "Tashxisdan boshlang.")
    #expect(document.lecturerNotes["ana-kr-act"] == nil)
    #expect(
      document.citations["prop-code"]?.en.hasPrefix("Qomus card “Adopt a code” (prop-code)") == true
    )
  }

  @Test func markdownMarksFactChecksAndEndsWithSourcesAndCitations() throws {
    let handout = try Handout(selection: .ids(["act-uz-old"]), corpus: corpus, languages: [.en])
    let markdown = try ExportFormat.markdown.render(handout)
    #expect(
      markdown.contains(
        "> ⚠ **Fact-check note:**\n>\n> - The law lost force in 2023.\n>   *— lex.uz/docs/64467*"))
    let sources = try #require(markdown.range(of: "## Sources"))
    let cite = try #require(markdown.range(of: "## How to cite"))
    #expect(sources.lowerBound < cite.lowerBound)
    #expect(markdown.contains("- **Replaced by:** New Signature Law (`act-uz-new`)"))
  }

  @Test func withoutNotesATourHandoutLeavesTheLecturerNotesOut() throws {
    let handout = try Handout(
      selection: .tour("test-tour"), corpus: corpus, tours: tours, languages: [.en], lecturerNotes: false)
    #expect(handout.entries.allSatisfy { $0.note == nil })
    for format in [ExportFormat.markdown, .html] {
      let text = try format.render(handout)
      #expect(!text.contains("Lecturer note") && !text.contains("Start with the diagnosis."))
    }
    let json = try ExportFormat.json.render(handout)
    #expect(json.contains("\"lecturer_notes\" : {\n\n  }"))
  }

  @Test func anEnglishHandoutNamesTheSectionsInEnglishAndDatesTheCitations() throws {
    let handout = try Handout(
      selection: .ids(["def-scattered"]), corpus: corpus, languages: [.en], accessed: "2026-12-01")
    let markdown = try ExportFormat.markdown.render(handout)
    #expect(markdown.contains("1. <a id=\"source-1\"></a>Article: Deficiencies (Kamchiliklar) — `def-scattered`"))
    #expect(
      markdown.contains(
        "- Qomus card “Scattered legislation” (def-scattered), based on: “Source article — test”, section "
          + "Deficiencies (Kamchiliklar); accessed 2026-12-01."))
    let uzbek = try Handout(
      selection: .ids(["def-scattered"]), corpus: corpus, languages: [.uz, .en], accessed: "2026-12-01")
    #expect(try ExportFormat.markdown.render(uzbek).contains("Maqola / Article: Kamchiliklar — `def-scattered`"))
  }

  @Test func aCyrillicHandoutTransliteratesTheUzbekButNotTheIDsOrMarkup() throws {
    let handout = try Handout(
      selection: .tour("test-tour"), corpus: corpus, tours: tours, languages: [.uz], script: .cyrillic)
    let markdown = try ExportFormat.markdown.render(handout)
    // “Sinov sayohati” and “Tashxisdan boshlang.” by the official letter correspondences.
    #expect(markdown.hasPrefix("# Синов саёҳати\n"))
    #expect(markdown.contains("> Ташхисдан бошланг."))
    #expect(markdown.contains("<a id=\"def-scattered\"></a>"))
    let html = try ExportFormat.html.render(handout)
    #expect(html.contains("<h1>Синов саёҳати</h1>"))
    #expect(html.contains("<article class=\"card\" id=\"def-scattered\">"))
  }

  @Test func aCyrillicBodyKeepsItsLinkTargetsAndCodeAsWritten() {
    // “Qonun matni” → “Қонун матни”; the URL, the code span and the link text's neighbour handled apart.
    #expect(
      ExportScript.cyrillic.applyMarkdown("Qonun [matni](https://lex.uz/docs/1) va `qomus show`.", .uz)
        == "Қонун [матни](https://lex.uz/docs/1) ва `qomus show`.")
    #expect(ExportScript.latin.applyMarkdown("Qonun [matni](https://x.uz)", .uz) == "Qonun [matni](https://x.uz)")
    #expect(ExportScript.cyrillic.applyMarkdown("Law [text](https://x.uz)", .en) == "Law [text](https://x.uz)")
  }
}
