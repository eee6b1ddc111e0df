import Testing

@testable import QomusCore

@Suite("Search query parser")
struct SearchQueryTests {
  @Test func wordsPhrasesAndPrefixes() {
    let query = SearchQuery("elektron \"raqamli imzo\" qonun* “davlat xizmati”")
    #expect(
      query.items == [
        .word("elektron", prefix: false), .phrase("raqamli imzo"), .word("qonun", prefix: true),
        .phrase("davlat xizmati"),
      ])
  }

  @Test func theLastWordIsAPrefixOnlyWhileBeingTyped() {
    #expect(
      SearchQuery("elektron huk", prefixLastWord: true).items.last == .word("huk", prefix: true))
    #expect(
      SearchQuery("elektron huk ", prefixLastWord: true).items.last == .word("huk", prefix: false))
    #expect(SearchQuery("elektron huk").items.last == .word("huk", prefix: false))
  }

  @Test func filtersAreParsed() {
    let query = SearchQuery("kind:proposal jur:EE topic:personal-data year:2002 tizim")
    #expect(query.items == [.word("tizim", prefix: false)])
    #expect(query.filters.kinds == [.proposal])
    #expect(query.filters.jurisdictions == [.EE])
    #expect(query.filters.topics == [.personalData])
    #expect(query.filters.years == 2002...2002)
    #expect(query.unknownFilters.isEmpty)
  }

  @Test func filterValuesMatchByPrefixAndInEitherLanguage() {
    #expect(SearchQuery("kind:prop").filters.kinds == [.proposal])
    #expect(SearchQuery("kind:taklif").filters.kinds == [.proposal])
    #expect(SearchQuery("kind:Acts").filters.kinds == [.act])
    #expect(SearchQuery("jur:estoniya").filters.jurisdictions == [.EE])
    #expect(SearchQuery("jur:Oʻzbekiston").filters.jurisdictions == [.UZ])
    #expect(SearchQuery("JUR:ru").filters.jurisdictions == [.RU])
    #expect(SearchQuery("topic:personal").filters.topics == [.personalData])
    #expect(SearchQuery("topic:data").filters.topics == [.personalData, .openData])
    #expect(SearchQuery("year:2000-2005").filters.years == 2000...2005)
    #expect(SearchQuery("year:2000..2005").filters.years == 2000...2005)
    #expect(SearchQuery("kind:act kind:proposal").filters.kinds == [.act, .proposal])
  }

  @Test func unknownFilterValuesMakeTheQueryUnsatisfiable() {
    for text in ["kind:xyz", "year:soon", "year:2010-2000", "jur:mars", "topic:🙂"] {
      let query = SearchQuery(text)
      #expect(query.filters.isUnsatisfiable, "\(text)")
      #expect(query.unknownFilters == [text])
    }
  }

  @Test func otherColonsAreText() {
    #expect(SearchQuery("https://my.gov.uz").items == [.word("https://my.gov.uz", prefix: false)])
    #expect(SearchQuery("title:qonun").items == [.word("title:qonun", prefix: false)])
    #expect(SearchQuery("kind:").isEmpty)
  }

  @Test func syntaxAndControlCharactersAreNotSpecial() {
    let query = SearchQuery("a AND (b OR c) NEAR ^d \u{1B}[2J\u{0}e")
    #expect(
      query.items == [
        .word("a", prefix: false), .word("AND", prefix: false), .word("(b", prefix: false),
        .word("OR", prefix: false), .word("c)", prefix: false), .word("NEAR", prefix: false),
        .word("^d", prefix: false), .word("[2J", prefix: false), .word("e", prefix: false),
      ])
  }

  @Test func unterminatedQuotesRunToTheEnd() {
    #expect(SearchQuery("\"elektron huku").items == [.phrase("elektron huku")])
    #expect(SearchQuery("\"\" *").items.isEmpty)
  }

  @Test func hugeInputIsCut() {
    let query = SearchQuery(String(repeating: "soʻz ", count: 40_000))
    #expect(query.items.count == SearchQuery.maximumItems)
    let word = SearchQuery(String(repeating: "x", count: 200_000))
    #expect(
      word.items == [.word(String(repeating: "x", count: SearchQuery.maximumLength), prefix: false)]
    )
  }
}

@Suite("MATCH expressions")
struct MatchBuilderTests {
  private func expression(_ text: String, _ analyzer: Analyzer = .uzbek, prefix: Bool = false)
    -> String?
  {
    let builder = MatchBuilder(
      analyzer: analyzer, glossary: GlossaryMatcher(SearchTestCorpus.glossary, analyzer: analyzer))
    return builder.expression(builder.units(of: SearchQuery(text, prefixLastWord: prefix)))
  }

  @Test func wordsBecomeQuotedStemsJoinedByAnd() {
    #expect(expression("Oʻzbekiston qonunlarining") == "\"ozbekiston\" AND \"qonun\"")
  }

  @Test func prefixesSearchTheSurfaceToo() {
    #expect(expression("qonunl", prefix: true) == "(\"qonunl\" OR \"qonunl\" *)")
    #expect(expression("xizmatlari", prefix: true) == "(\"xizmat\" OR \"xizmatlari\" *)")
  }

  @Test func identifiersBecomePhrasesOrTheirJoinedForm() {
    #expect(expression("210-ФЗ") == "(\"210 fz\" OR \"210fz\")")
  }

  @Test func phrasesKeepOrder() {
    #expect(expression("\"davlat xizmatlari\"") == "\"davlat xizmat\"")
  }

  @Test func glossaryTermsExpand() {
    let text = expression("ERI") ?? ""
    #expect(text.hasPrefix("(\"eri\" OR "))
    #expect(text.contains("\"electron digit signatur\"") == false)  // Uzbek analyzer: no Porter stems
    #expect(text.contains("\"electronic digital signature\""))
    #expect(text.contains("\"elektron raqamli imzo\""))
    #expect(expression("electronic digital signature", .english)?.contains("\"eri\"") == true)
  }

  @Test func hostileTextNeverBecomesSyntax() {
    for text in [
      "\"", "a\"b", "x\" OR \"y", "NEAR(a b)", "a:b", "*", "^a", "(", ")", "-a", "+a", "a\u{0}b",
    ] {
      guard let match = expression(text) else { continue }
      // Outside quoted strings only the builder's own syntax appears.
      var outside = ""
      var inString = false
      for character in match {
        if character == "\"" {
          inString.toggle()
        } else if !inString {
          outside.append(character)
        }
      }
      let allowed = outside.replacingOccurrences(of: "AND", with: "").replacingOccurrences(
        of: "OR", with: "")
      #expect(allowed.allSatisfy { " ()*".contains($0) }, "\(text) → \(match)")
    }
  }

  @Test func nothingSearchableGivesNoExpression() {
    #expect(expression("🙂 *** ...") == nil)
  }
}

@Suite("Term statistics")
struct TermStatisticsTests {
  @Test func phrasesAreReadInExpressionOrder() {
    let match =
      "{title_uz summary_uz} : ((\"qonun\" OR \"qonunl\" *) AND \"210 fz\") OR {title_en} : (\"a\"\"b\" *)"
    #expect(
      TermStatistics.phrases(of: match) == [
        .init(terms: ["qonun"], isPrefix: false), .init(terms: ["qonunl"], isPrefix: true),
        .init(terms: ["210", "fz"], isPrefix: false), .init(terms: ["a\"b"], isPrefix: true),
      ])
  }

  @Test func rarerTermsWeighMore() {
    #expect(
      RankFunction.inverseFrequency(hits: 1, rows: 100)
        > RankFunction.inverseFrequency(hits: 50, rows: 100))
    // Lucene's IDF stays positive even for a term in every row.
    #expect(RankFunction.inverseFrequency(hits: 100, rows: 100) > 0)
  }
}

@Suite("MATCH expressions over both languages")
struct MergedMatchTests {
  @Test func languagesThatAgreeGiveOneExpressionWithoutColumnFilters() throws {
    let same = [["\"elektron\""], ["\"hukumat\""]]
    let match = try #require(SearchEngine.match([.uz: same, .en: same], table: .full))
    #expect(match.text == "\"elektron\" AND \"hukumat\"")
    #expect(match.groups == [0, 1])
  }

  @Test func differingAlternativesMergeUnitByUnitEachOnce() throws {
    let match = try #require(
      SearchEngine.match(
        [.uz: [["\"shaxs\""], ["\"malumot\""]], .en: [["\"shaxsga\""], ["\"malumot\""]]],
        table: .full))
    #expect(match.text == "(\"shaxs\" OR \"shaxsga\") AND \"malumot\"")
    // Both alternatives of the first word count as one term.
    #expect(match.groups == [0, 0, 1])
  }

  @Test func differentlySplitQueriesSearchEachLanguageInItsColumns() throws {
    let match = try #require(
      SearchEngine.match([.uz: [["\"a\""], ["\"b\""]], .en: [["\"a b\""]]], table: .head))
    #expect(
      match.text
        == "{title_uz summary_uz keys} : (\"a\" AND \"b\") OR {title_en summary_en keys} : (\"a b\")"
    )
    #expect(match.groups == [0, 1, 2])
  }

  @Test func oneLanguageKeepsToItsColumns() throws {
    let match = try #require(SearchEngine.match([.en: [["\"signatur\""]]], table: .title))
    #expect(match.text == "{title_en keys} : (\"signatur\")")
  }

  @Test func nothingToMatchIsNil() {
    #expect(SearchEngine.match([:], table: .full) == nil)
    #expect(SearchEngine.match([.uz: [], .en: []], table: .full) == nil)
  }
}
