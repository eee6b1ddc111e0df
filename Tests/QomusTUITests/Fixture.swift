import QomusCore
import QomusTUI

/// A small corpus built in code, so snapshots do not change when the bundled content does.
enum Fixture {
  static let corpus = Corpus(cards: [
    Card(
      id: "act-egov", kind: .act, jurisdiction: .UZ,
      title: LocalizedText(
        uz: "“Elektron hukumat toʻgʻrisida”gi Qonun", en: "Law “On Electronic Government”"),
      summary: LocalizedText(
        uz: "Elektron hukumatning asosiy qonuni.",
        en: "The framework law of e-government in Uzbekistan."),
      body: LocalizedText(
        uz: """
          Qonun elektron davlat xizmatlarining **huquqiy asosini** belgilaydi.

          - yagona portal;
          - idoralararo *integratsiya*.

          > Maqola qonunni 2022-yil deb koʻrsatadi.
          """,
        en: """
          The law lays down the **legal basis** of electronic state services and of the single portal through which \
          citizens reach them, and it names the bodies responsible for e-government.

          - a single portal;
          - *interoperability* between agencies.

          > The article dates the law to 2022.
          """),
      number: "ZRU-395", adopted: PartialDate("2015-12-09"), inForce: PartialDate("2016-06-10"),
      status: .inForce,
      topics: [.legalBasis, .institutions],
      sources: [.section("Kirish"), .url("https://lex.uz/docs/2833855", label: "lex.uz")],
      links: [CardLink(relation: .seeAlso, target: "act-informatization")],
      notes: [
        FactNote(
          text: LocalizedText(
            uz: "Qonun 2015-yil 9-dekabrda qabul qilingan, 2022-yilda emas.",
            en: "The law was adopted on 9 December 2015, not in 2022."),
          source: "lex.uz/docs/2833855")
      ]),
    Card(
      id: "act-informatization", kind: .act, jurisdiction: .UZ,
      title: LocalizedText(
        uz: "“Axborotlashtirish toʻgʻrisida”gi Qonun", en: "Law “On Informatization”"),
      summary: LocalizedText(
        uz: "Axborot resurslari haqidagi qonun.", en: "The law on information resources."),
      body: LocalizedText(
        uz: "Axborot xavfsizligi umumiy tarzda.", en: "Information security in general terms."),
      adopted: PartialDate("2003-12-11"), status: .inForce, topics: [.informationSecurity],
      sources: [.section("Natijalar 2.3")]),
    Card(
      id: "ana-ee-xroad", kind: .analogue, jurisdiction: .EE,
      title: LocalizedText(uz: "X-Road platformasi", en: "The X-Road platform"),
      summary: LocalizedText(
        uz: "Estoniyaning maʼlumot almashinuvi.", en: "Estonia’s data exchange layer."),
      body: LocalizedText(uz: "Bir marta soʻrash tamoyili.", en: "The once-only principle."),
      adopted: PartialDate("2001"), sources: [.section("Natijalar 2.1")],
      links: [CardLink(relation: .comparedWith, target: "act-egov")]),
    Card(
      id: "def-fragmentation", kind: .deficiency, jurisdiction: .UZ,
      title: LocalizedText(uz: "Huquqiy tarqoqlik", en: "Legal fragmentation"),
      summary: LocalizedText(
        uz: "Elektron xizmatlar turlicha taʼriflanadi.",
        en: "Electronic services are defined differently."),
      body: LocalizedText(
        uz: "Taʼriflar farq qiladi.", en: "Definitions differ from one act to another."),
      sources: [.section("Natijalar 2.1")],
      links: [
        CardLink(relation: .concerns, target: "act-egov"),
        CardLink(relation: .concerns, target: "act-informatization"),
      ]),
    Card(
      id: "prop-code", kind: .proposal, jurisdiction: .UZ,
      title: LocalizedText(uz: "Elektron hukumat kodeksi", en: "An Electronic Government Code"),
      summary: LocalizedText(
        uz: "Tarqoq qonunlarni yagona kodeksga birlashtirish.",
        en: "Merge the scattered laws into one code."),
      body: LocalizedText(uz: "Koreya tajribasi asosida.", en: "Drawing on the Korean model."),
      status: .proposed, sources: [.section("Takliflar 1")],
      links: [
        CardLink(relation: .addresses, target: "def-fragmentation"),
        CardLink(relation: .modelledOn, target: "ana-ee-xroad"),
        CardLink(relation: .changes, target: "act-egov"),
      ]),
    Card(
      id: "plat-portal", kind: .platform, jurisdiction: .UZ,
      title: LocalizedText(
        uz: "Yagona interaktiv davlat xizmatlari portali",
        en: "Single Portal of Interactive State Services"),
      summary: LocalizedText(uz: "my.gov.uz portali.", en: "The my.gov.uz portal."),
      body: LocalizedText(
        uz: "Portal \u{1B}[31mxizmatlari\u{07}.",
        en: "Portal services \u{1B}[31m with a bell\u{07}."),
      sources: [.url("https://my.gov.uz", label: nil)],
      links: [CardLink(relation: .implements, target: "act-egov")]),
  ])

  /// A search over the fixture: cards whose title or summary contains every word; the snippet is the summary
  /// with the matched words highlighted.
  static let search: ExplorerDriver.Search = { query, options in
    let words = query.lowercased().split(separator: " ").map(String.init)
    guard !words.isEmpty else { return [] }
    return corpus.cards.compactMap { card -> SearchHit? in
      for language in [Language.uz, .en] {
        let text = (card.title[language] + " " + card.summary[language]).lowercased()
        guard words.allSatisfy({ text.contains($0) }) else { continue }
        return SearchHit(
          id: card.id, kind: card.kind, title: card.title, score: 1, language: language,
          snippet: highlight(card.summary[language], words))
      }
      return nil
    }.prefix(options.limit).map { $0 }
  }

  private static func highlight(_ text: String, _ words: [String]) -> HighlightedText {
    var segments: [HighlightedText.Segment] = []
    for (index, token) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
      let hit = words.contains { token.lowercased().hasPrefix($0) }
      segments.append(.init(text: (index > 0 ? " " : ""), isHighlighted: false))
      segments.append(.init(text: String(token), isHighlighted: hit))
    }
    return HighlightedText(segments: segments)
  }

  /// A driver over the fixture at `width`×`height`.
  static func driver(_ width: Int = 80, _ height: Int = 24, language: LanguageMode = .english)
    -> ExplorerDriver
  {
    ExplorerDriver(
      state: AppState(corpus: corpus, size: Size(width: width, height: height), language: language),
      search: search)
  }
}
