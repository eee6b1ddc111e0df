import Testing

@testable import QomusCore

@Suite("Search analyzer")
struct AnalyzerTests {
  private func stems(_ text: String, _ analyzer: Analyzer = .uzbek) -> [String] {
    analyzer.tokens(text).filter { !$0.colocated }.map(\.text)
  }

  @Test(arguments: [
    "o'zbekiston", "o‘zbekiston", "o’zbekiston", "oʻzbekiston", "oʼzbekiston", "o`zbekiston",
    "o´zbekiston", "oʹzbekiston", "o′zbekiston", "ozbekiston", "Oʻzbekiston", "OʻZBEKISTON", "ўзбекистон", "Ўзбекистон",
  ])
  func everyApostropheFormAndScriptFoldsToOneTerm(_ word: String) {
    #expect(stems(word) == ["ozbekiston"])
  }

  @Test func everyApostropheOfTheOneListIsFoldedAwayAndNeverSplitsAWord() {
    for character in Apostrophes.characters {
      #expect(stems("o\(character)zbekiston") == ["ozbekiston"], "U+\(character.unicodeScalars.first!.value)")
      #expect(TextFolding.foldText("O\(character)zbekiston") == "ozbekiston")
    }
  }

  @Test func textFoldingGivesTheIndexsFoldedWordsSeparatedBySpaces() {
    #expect(TextFolding.foldText("“Oʻzbekiston” Respublikasi,\nX-Road") == "ozbekiston respublikasi x road")
    #expect(TextFolding.foldText("Ўзбекистон Республикаси") == "ozbekiston respublikasi")
    #expect(TextFolding.foldText("  ") == "")
  }

  @Test func apostrophesNeverSplitAWord() {
    #expect(stems("toʻgʻrisida to‘g‘risida to'g'risida") == ["togri", "togri", "togri"])
    #expect(
      stems("maʼlumot ma’lumot ma'lumot malumot маълумот") == Array(repeating: "malumot", count: 5))
  }

  @Test func quotationMarksAroundWordsAreNotPartOfThem() {
    #expect(stems("‘qonun’ 'davlat' “nizom”") == ["qonun", "davlat", "nizom"])
  }

  @Test(arguments: [
    ("электрон ҳукумат", "elektron hukumat"), ("Госуслуги", "Gosuslugi"), ("149-ФЗ", "149-FZ"),
    ("шахсга доир маълумотлар", "shaxsga doir maʼlumotlar"), ("ғалаба", "gʻalaba"),
    ("чет эл", "chet el"),
    ("ер", "yer"), ("Ўзбекистон Республикаси", "Oʻzbekiston Respublikasi"),
    ("қонунчилик", "qonunchilik"),
  ])
  func cyrillicMeetsLatin(_ cyrillic: String, _ latin: String) {
    #expect(stems(cyrillic) == stems(latin))
    #expect(!stems(cyrillic).isEmpty)
  }

  @Test func transliteratedTermsAreLatin() {
    #expect(stems("электрон ҳукумат") == ["elektron", "hukumat"])
    #expect(stems("149-ФЗ") == ["149", "fz"])
  }

  @Test(arguments: [
    ("qonunlarning", "qonun"), ("xizmatlarini", "xizmat"), ("davlatlarida", "davlat"),
    ("hukumatining", "hukumat"),
    ("maʼlumotlarni", "malumot"), ("fuqarolarimiz", "fuqaro"), ("tizimlari", "tizim"),
    ("bazasi", "baza"),
    ("asosida", "asos"), ("asosiy", "asos"), ("toʻgʻrisidagi", "togri"), ("xavfsizligi", "xavfsiz"),
    ("xavfsizlik", "xavfsiz"), ("huquqiy", "huquk"), ("huquq", "huquk"),
    ("raqamlashtirish", "raqamlashtir"),
    ("axborotlashtirishni", "axborotlashtir"),
    ("portallari", "portal"), ("qoidalarini", "qoida"),
    ("Oʻzbekistonda", "ozbekiston"), ("yuragi", "yurak"), ("yurak", "yurak"),
    ("qishlogʻi", "qishlok"),
    ("qishloq", "qishlok"), ("zarurdir", "zarur"), ("mamlakatimiz", "mamlakat"),
    ("organlari", "organ"),
  ])
  func uzbekSuffixesAreStripped(_ word: String, _ stem: String) {
    #expect(stems(word) == [stem])
  }

  @Test(arguments: [
    "tizim", "hokim", "taʼlim", "dastur", "bilan", "inson", "ijro", "xavfsiz", "qoida", "foyda",
    "portal", "organ",
    "asos", "ega", "ish", "ular", "kabi", "nizom",
  ])
  func stemsThatLookInflectedStayWhole(_ word: String) {
    #expect(stems(word) == [TextFolding.fold(word)])
  }

  @Test(arguments: [
    ("raqamli", "raqamli"), ("sifatli", "sifatli"), ("xavfli", "xavfli"), ("yoʻli", "yol"), ("tili", "til"),
  ])
  func theAdjectiveSuffixLiIsNotAPossessive(_ word: String, _ stem: String) {
    #expect(stems(word) == [stem])
  }

  @Test func shortWordsAreNotCut() {
    #expect(stems("uni ega oʻz ishi") == ["uni", "ega", "oz", "ish"])
  }

  @Test(arguments: [
    ("citizens", "citizen"), ("citizen’s", "citizen"), ("signatures", "signatur"),
    ("governing", "govern"),
    ("government", "govern"), ("services", "servic"), ("providing", "provid"),
    ("relational", "relat"),
    ("generalization", "gener"), ("hopping", "hop"), ("agreed", "agre"), ("ponies", "poni"),
    ("sky", "sky"),
    ("caresses", "caress"), ("digitizer", "digit"), ("electrical", "electr"), ("falling", "fall"),
  ])
  func englishIsPorterStemmed(_ word: String, _ stem: String) {
    #expect(stems(word, .english) == [stem])
  }

  /// The content writes British `-ise`; a reader may type American `-ize`: both meet.
  @Test(arguments: [
    ("organisation", "organization"), ("authorised", "authorized"), ("informatisation", "informatization"),
    ("harmonised", "harmonized"), ("recognise", "recognize"), ("systematised", "systematized"),
    ("digitalisation", "digitalization"), ("criticises", "criticizes"), ("localising", "localizing"),
  ])
  func britishAndAmericanSpellingsMeet(_ british: String, _ american: String) {
    #expect(stems(british, .english) == stems(american, .english))
  }

  /// Words that only look like `-ise` verbs keep their Porter stems (worked by hand: step 5a drops the final `e`).
  @Test(arguments: [("supervise", "supervis"), ("promise", "promis"), ("precise", "precis"), ("arise", "aris")])
  func lookalikesAreNotRespelt(_ word: String, _ stem: String) {
    #expect(stems(word, .english) == [stem])
  }

  @Test func englishAnalyzerStillFoldsApostrophesAndCyrillic() {
    #expect(
      stems("Oʻzbekiston O'zbekiston Госуслуги", .english) == [
        "ozbekiston", "ozbekiston", "gosuslugi",
      ])
  }

  @Test func identifiersAreIndexedInPartsAndWhole() {
    let tokens = Analyzer.uzbek.tokens("210-FZ my.gov.uz ISO/IEC 27001 A-130 X-Road 107-347")
    let texts = tokens.map(\.text)
    for part in [
      "210", "fz", "my", "gov", "uz", "iso", "iec", "27001", "a", "130", "x", "road", "107", "347",
    ] {
      #expect(texts.contains(part), "missing part \(part)")
    }
    for whole in ["210fz", "mygovuz", "isoiec", "a130", "xroad", "107347"] {
      let token = tokens.first { $0.text == whole }
      #expect(token?.colocated == true, "missing whole \(whole)")
    }
  }

  @Test func joinedFormSpansTheWholeIdentifier() throws {
    let text = "see 210-FZ."
    let token = try #require(Analyzer.uzbek.tokens(text).first { $0.text == "210fz" })
    #expect([UInt8](text.utf8)[token.start..<token.end].elementsEqual("210-FZ".utf8))
  }

  @Test func offsetsPointIntoTheOriginalBytes() {
    let text = "«Oʻzbekiston» maʼlumotlari"
    let bytes = [UInt8](text.utf8)
    let words = Analyzer.uzbek.tokens(text).filter { !$0.colocated }
      .map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    #expect(words == ["Oʻzbekiston", "maʼlumotlari"])
  }

  @Test func surfaceFormIsColocatedWithTheStem() {
    let tokens = Analyzer.uzbek.tokens("xizmatlarini")
    #expect(tokens.map(\.text) == ["xizmat", "xizmatlarini"])
    #expect(tokens.map(\.colocated) == [false, true])
  }

  @Test func numbersWithSuffixesAreFoundByTheNumber() {
    #expect(Analyzer.uzbek.tokens("770dan").map(\.text).contains("770"))
  }

  @Test func punctuationEmojiAndControlsAreSeparators() {
    #expect(stems("qonun,\u{1B}[31m davlat 🙂 (nizom)") == ["qonun", "31m", "davlat", "nizom"])
    #expect(stems("🙂 *** \u{0}") == [])
  }

  @Test func invalidUTF8IsSkipped() {
    let bytes: [UInt8] = [
      0x71, 0x6F, 0x6E, 0x75, 0x6E, 0xFF, 0xC3, 0x20, 0x64, 0x61, 0x76, 0x6C, 0x61, 0x74,
    ]
    var texts: [String] = []
    bytes.withUnsafeBufferPointer { buffer in
      Analyzer.uzbek.forEachToken(in: buffer) { texts.append($0.text) }
    }
    #expect(texts == ["qonun", "davlat"])
  }

  @Test func longRunsAreCut() {
    let tokens = Analyzer.uzbek.tokens(String(repeating: "a", count: 1_000))
    #expect(tokens.allSatisfy { $0.end - $0.start <= WordScanner.maximumWordBytes })
    #expect(!tokens.isEmpty)
  }

  @Test func latinDiacriticsAreFlattened() {
    #expect(
      stems("Infosüsteemi Ametiga Ülevaade Fréja", .english) == [
        "infosusteemi", "ametiga", "ulevaad", "freja",
      ])
  }
}

@Suite("Uzbek stemmer readings")
struct UzbekStemmerTests {
  @Test func ambiguousEndingsGetBothReadings() {
    #expect(UzbekStemmer.stems("bazani") == ("baza", "bazan"))
    #expect(UzbekStemmer.stems("farmoni") == ("farmon", nil))
    #expect(UzbekStemmer.stems("zamonaviy").alternate == nil)
  }

  @Test func aWordWithBothReadingsIsFoundByEither() {
    let tokens = Analyzer.uzbek.tokens("mazmuni").map(\.text)
    #expect(tokens.contains("mazmu"))
    #expect(tokens.contains("mazmun"))
  }
}

@Suite("Text folding")
struct TextFoldingTests {
  @Test func compatibilityFormsAreFolded() {
    #expect(TextFolding.fold("ﬁle") == "file")
    #expect(TextFolding.fold("ＩＳＯ") == "iso")
    #expect(TextFolding.fold("x²") == "x2")
    #expect(TextFolding.fold("и\u{306}ил") == "yil")
  }

  @Test func commonScriptsSkipNormalization() {
    #expect(!TextFolding.needsNormalization("Oʻzbekiston maʼlumot ўзбек Éire"))
    #expect(TextFolding.needsNormalization("ﬁle"))
    #expect(TextFolding.needsNormalization("e\u{301}"))
  }
}
