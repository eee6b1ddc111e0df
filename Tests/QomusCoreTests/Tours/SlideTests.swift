import Testing

@testable import QomusCore

@Suite("Slides")
struct SlideTests {
  let builder = SlideBuilder(corpus: InsightFixture.corpus, language: .en)

  private func card(_ id: String) -> Card { InsightFixture.corpus[id]! }

  @Test func aProposalSlideSaysWhatItAddressesDrawsOnAndChanges() {
    let slide = builder.slide(for: card("prop-code"))
    #expect(slide.title == "Adopt a code")
    #expect(slide.kicker == "proposal · Uzbekistan · proposed")
    #expect(slide.summary == "Merge the laws into one code.")
    #expect(
      slide.keyPoints == [
        "Addresses: Scattered legislation; E-services not mandatory",
        "Modelled on: Korean E-Government Act",
        "Would change: Law “On Electronic Government”; New Signature Law",
        "The kinds of e-services",
        "One exchange mechanism",
      ])
  }

  @Test func anActSlideStartsWithItsNumberAndDates() {
    let points = builder.keyPoints(for: card("act-uz-law"))
    #expect(
      points == [
        "ZRU-395 · adopted 2015-12-09 · effective 2016-06-10",
        "Concerned by: E-services not mandatory; Scattered legislation",
        "Would be changed by: Adopt a code; Remote identification",
        "The law was signed on 9 December 2015 as ZRU-395.",
        "The article puts it first among the legal bases.",
      ])
  }

  @Test func aReplacedActNamesItsSuccessorAndFlagsItsFactCheck() {
    let slide = builder.slide(for: card("act-uz-old"))
    #expect(slide.kicker == "act · Uzbekistan · replaced")
    #expect(
      slide.keyPoints == [
        "562-II · adopted 2003-12-11",
        "Replaced by: New Signature Law",
        "Concerned by: Scattered legislation",
        "The 2003 law.",
        "⚠ Fact-check note: 1 on the card",
      ])
  }

  @Test func aDeficiencySlideUsesFirstSentencesAndSkipsLeadInsAndQuotes() {
    #expect(
      builder.keyPoints(for: card("def-scattered")) == [
        "Concerns: Law “On Electronic Government”; Old Signature Law",
        "Addressed by: Adopt a code",
        "The article says the acts are separate.",
        "Citizens must search several acts.",
      ])
  }

  @Test func everySlideHasThreeToFivePointsInBothLanguages() {
    for language in Language.allCases {
      let builder = SlideBuilder(corpus: InsightFixture.corpus, language: language)
      for card in InsightFixture.cards where card.kind != .source {
        let count = builder.keyPoints(for: card).count
        #expect(
          (1...SlideBuilder.maximumPoints).contains(count), "\(card.id) \(language): \(count)")
      }
      for card in InsightFixture.cards where card.kind == .proposal || card.kind == .act {
        #expect(builder.keyPoints(for: card).count >= 3, "\(card.id) \(language)")
      }
    }
  }

  @Test func uzbekSlidesUseUzbekLabels() {
    let builder = SlideBuilder(corpus: InsightFixture.corpus, language: .uz)
    let slide = builder.slide(for: card("prop-code"))
    #expect(slide.title == "Adopt a code (uz)")
    #expect(slide.kicker == "taklif · Oʻzbekiston · taklif etilgan")
    #expect(
      slide.keyPoints.first
        == "Bartaraf etadi: Scattered legislation (uz); E-services not mandatory (uz)")
  }

  @Test func aTourBecomesNumberedSlidesWithNotes() {
    let slides = InsightFixture.tour.slides(in: InsightFixture.corpus, language: .en)
    #expect(slides.map(\.card.id) == ["def-scattered", "prop-code", "ana-kr-act"])
    #expect(slides.map(\.progress) == ["1/3", "2/3", "3/3"])
    #expect(slides.map(\.note) == ["Start with the diagnosis.", "The answer.", nil])
  }

  @Test func stopsWithMissingCardsAreSkippedAndTheCountFollows() {
    var tour = InsightFixture.tour
    tour.stops.insert(TourStop(card: "act-missing"), at: 1)
    let slides = tour.slides(in: InsightFixture.corpus, language: .uz)
    #expect(slides.map(\.progress) == ["1/3", "2/3", "3/3"])
    #expect(slides[0].note == "Tashxisdan boshlang.")
  }

  @Test func longPointsAreCutAtAWord() {
    let long = String(repeating: "word ", count: 60)
    let cut = PlainText.truncate(long, to: 40)
    #expect(cut.count <= 40)
    #expect(cut.hasSuffix("word…"))
  }
}

@Suite("Plain text from Markdown")
struct PlainTextTests {
  @Test func firstSentencesSurviveAbbreviationsAndInitials() {
    #expect(
      PlainText.firstSentence("Resolution No. 232 of 2015 applies. Then more.")
        == "Resolution No. 232 of 2015 applies.")
    #expect(
      PlainText.firstSentence("See 44 U.S.C. 3602 for it. Next.") == "See 44 U.S.C. 3602 for it.")
    #expect(
      PlainText.firstSentence("Quoted by V. V. Ivanov in 2022. Next.")
        == "Quoted by V. V. Ivanov in 2022.")
    #expect(
      PlainText.firstSentence("It is Pub.L. 113-283 of 2014. Next.")
        == "It is Pub.L. 113-283 of 2014.")
    #expect(
      PlainText.firstSentence("2016-y. 23-son, 269-modda. Keyingi gap.")
        == "2016-y. 23-son, 269-modda.")
    #expect(PlainText.firstSentence("Ends with “a quote.” Then more.") == "Ends with “a quote.”")
    #expect(PlainText.firstSentence("One sentence only") == "One sentence only")
  }

  @Test func blocksSeparateProseAndListsAndDropHeadingsQuotesAndMarkup() {
    let markdown = """
      **Model.** The *Korean* act, see [the text](https://example.org).

      It contains:
      - one thing;
      - another
        item.

      > A quotation.

      # Heading
      """
    #expect(
      PlainText.blocks(of: markdown) == [
        .paragraph("The Korean act, see the text."), .paragraph("It contains:"),
        .list(["one thing;", "another item."]),
      ])
  }
}

extension PlainTextTests {
  @Test func truncationKeepsAnOpeningQuote() {
    let text =
      "“Quoted words” open this long sentence, which goes on and on well past the limit of the slide."
    let cut = PlainText.truncate(text, to: 40)
    #expect(cut.hasPrefix("“Quoted"))
    #expect(cut.hasSuffix("…") && cut.count <= 40)
  }
}
