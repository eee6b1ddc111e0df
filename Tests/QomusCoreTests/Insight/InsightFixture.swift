@testable import QomusCore

/// A small linked corpus for the insight, slide and export tests: two Uzbek acts where one replaces the other, a
/// framework law, three foreign analogues, two deficiencies and two proposals, and the source card.
enum InsightFixture {
  static func card(
    _ id: String, _ kind: CardKind, _ jurisdiction: Jurisdiction = .UZ, title: String,
    summary: String = "",
    body: String = "", number: String? = nil, adopted: String? = nil, inForce: String? = nil,
    status: ActStatus? = nil,
    topics: [Topic] = [], sources: [CardSource] = [.section("Kirish")],
    links: [(LinkRelation, String)] = [],
    notes: [FactNote] = []
  ) -> Card {
    Card(
      id: id, kind: kind, jurisdiction: jurisdiction,
      title: LocalizedText(uz: title + " (uz)", en: title),
      summary: LocalizedText(
        uz: (summary.isEmpty ? title : summary) + " (uz)", en: summary.isEmpty ? title : summary),
      body: LocalizedText(
        uz: "Matn: " + (body.isEmpty ? title : body), en: body.isEmpty ? title : body),
      number: number, issuer: nil, adopted: adopted.flatMap { PartialDate($0) },
      inForce: inForce.flatMap { PartialDate($0) },
      status: status, topics: topics, sources: sources,
      links: links.map { CardLink(relation: $0.0, target: $0.1) }, notes: notes)
  }

  static let cards: [Card] = [
    card("src-test", .source, title: "Source article — test", sources: [.section("Annotatsiya")]),
    card(
      "act-uz-law", .act, title: "Law “On Electronic Government”", summary: "The framework law.",
      body: """
        The law was signed on 9 December 2015 as ZRU-395. It entered into force six months later.

        The article puts it **first** among the legal bases. See [lex.uz](https://lex.uz/docs/2833855) for the text.
        """,
      number: "ZRU-395", adopted: "2015-12-09", inForce: "2016-06-10", status: .inForce,
      topics: [.legalBasis],
      sources: [
        .section("Kirish; Natijalar 1"), .url("https://lex.uz/docs/2833855", label: "lex.uz"),
      ]),
    card(
      "act-uz-old", .act, title: "Old Signature Law",
      body: "The 2003 law. It was replaced in 2023.",
      number: "562-II", adopted: "2003-12-11", status: .replaced, topics: [.digitalIdentity],
      sources: [.section("Natijalar 1")],
      notes: [
        FactNote(
          text: LocalizedText(
            uz: "Qonun 2023-yilda kuchini yoʻqotgan.", en: "The law lost force in 2023."),
          source: "lex.uz/docs/64467")
      ]),
    card(
      "act-uz-new", .act, title: "New Signature Law",
      body: "The 2022 law. It replaced the 2003 law.",
      number: "ZRU-793", adopted: "2022-10-12", inForce: "2023-01-14", status: .inForce,
      topics: [.digitalIdentity],
      sources: [.url("https://kun.uz/news", label: "kun.uz")], links: [(.replaces, "act-uz-old")]),
    card(
      "ana-kr-act", .analogue, .KR, title: "Korean E-Government Act",
      body: "Act No. 6439 of 2001. A single code.",
      number: "Act No. 6439", adopted: "2001-03-28", inForce: "2001-07-01", status: .inForce,
      topics: [.legalBasis],
      sources: [.section("Janubiy Koreya tajribasi")], links: [(.comparedWith, "act-uz-law")]),
    card(
      "ana-ee-reg", .analogue, .EE, title: "Estonian Exchange Regulation",
      body: "The X-Road regulation.",
      inForce: "2016-09-23", topics: [.interoperability], sources: [.section("Estoniya tajribasi")],
      links: [(.comparedWith, "act-uz-law")]),
    card(
      "ana-us-circular", .analogue, .US, title: "US Circular", body: "A policy circular.",
      topics: [.digitalIdentity], sources: [.section("Raqamli identifikatsiya")],
      links: [(.comparedWith, "def-no-mandate")]),
    card(
      "def-scattered", .deficiency, title: "Scattered legislation",
      summary: "The acts are not one system.",
      body: """
        The article says the acts are separate. Cross-references are insufficient.

        **Why it matters.** Citizens must search several acts. Agencies read them differently.

        > “Separate from one another,” the article says.
        """,
      topics: [.legalBasis, .interoperability], sources: [.section("Kamchiliklar")],
      links: [(.concerns, "act-uz-law"), (.concerns, "act-uz-old")]),
    card(
      "def-no-mandate", .deficiency, title: "E-services not mandatory",
      body: "Agencies choose freely. Citizens too.",
      topics: [.mandatoryEServices], sources: [.section("Elektron xizmatlarning majburiyligi")],
      links: [(.concerns, "act-uz-law")]),
    card(
      "prop-code", .proposal, title: "Adopt a code", summary: "Merge the laws into one code.",
      body: """
        The first proposal is a code. It should contain:

        - the kinds of e-services;
        - one exchange mechanism;
        - the status of identification.

        **Model.** The Korean act, which the article calls a *single code*.
        """,
      status: .proposed, topics: [.legalBasis, .interoperability],
      sources: [.section("Takliflar 1")],
      links: [
        (.addresses, "def-scattered"), (.addresses, "def-no-mandate"), (.modelledOn, "ana-kr-act"),
        (.changes, "act-uz-law"), (.changes, "act-uz-new"), (.seeAlso, "prop-eid"),
      ]),
    card(
      "prop-eid", .proposal, title: "Remote identification",
      body: "Register without a phone. Use a passport.",
      status: .proposed, topics: [.digitalIdentity], sources: [.section("Takliflar 2")],
      links: [
        (.addresses, "def-no-mandate"), (.modelledOn, "ana-ee-reg"), (.changes, "act-uz-law"),
      ]),
  ]

  static let corpus = Corpus(cards: cards)

  static let tour = Tour(
    id: "test-tour", title: LocalizedText(uz: "Sinov sayohati", en: "Test tour"),
    description: LocalizedText(uz: "Kamchilikdan taklifga.", en: "From deficiency to proposal."),
    stops: [
      TourStop(
        card: "def-scattered",
        note: LocalizedText(uz: "Tashxisdan boshlang.", en: "Start with the diagnosis.")),
      TourStop(card: "prop-code", note: LocalizedText(uz: "Yechim.", en: "The answer.")),
      TourStop(card: "ana-kr-act"),
    ])
}
