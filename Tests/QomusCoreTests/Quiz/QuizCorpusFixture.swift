@testable import QomusCore

/// A small corpus for quiz tests: six acts, seven analogues, six deficiencies, two proposals.
enum QuizCorpusFixture {
  static func card(
    _ id: String, _ kind: CardKind, _ jurisdiction: Jurisdiction = .UZ, adopted: String? = nil,
    title: LocalizedText? = nil, summary: LocalizedText? = nil, links: [(LinkRelation, String)] = []
  ) -> Card {
    Card(
      id: id, kind: kind, jurisdiction: jurisdiction,
      title: title ?? LocalizedText(uz: "Sarlavha \(id)", en: "Title \(id)"),
      summary: summary ?? LocalizedText(uz: "Qisqacha \(id) haqida.", en: "In short about \(id)."),
      body: LocalizedText(uz: "Matn.", en: "Text."), adopted: adopted.flatMap(PartialDate.init),
      links: links.map { CardLink(relation: $0.0, target: $0.1) })
  }

  static let cards: [Card] = [
    card("act-a", .act, adopted: "2015-12-09"),
    card("act-b", .act, adopted: "2003-12-11"),
    card("act-c", .act, adopted: "2019-07-02"),
    card("act-d", .act, adopted: "2022"),
    // Its summary spells out its title: no "which act" question.
    card(
      "act-e", .act,
      summary: LocalizedText(uz: "Sarlavha act-e — qonun.", en: "Title act-e is a law.")),
    // Its title spells out its year: no year question.
    card(
      "act-f", .act, adopted: "2010",
      title: LocalizedText(uz: "2010-yilgi qonun", en: "The law of 2010")),
    card("ana-ee", .analogue, .EE, adopted: "2016-09-23"),
    card("ana-kr", .analogue, .KR, adopted: "2001-03-28"),
    card("ana-us", .analogue, .US, adopted: "2002-12-17"),
    card("ana-ru", .analogue, .RU, adopted: "2006-07-27"),
    card("ana-se", .analogue, .SE),
    card("ana-eu", .analogue, .EU),
    card("ana-int", .analogue, .INT, adopted: "2022-10-25"),
    card("def-1", .deficiency, links: [(.concerns, "act-a")]),
    card("def-2", .deficiency),
    card("def-3", .deficiency),
    card("def-4", .deficiency),
    card("def-5", .deficiency),
    card("def-6", .deficiency),
    card(
      "prop-x", .proposal,
      links: [
        (.addresses, "def-1"), (.addresses, "def-2"), (.modelledOn, "ana-ee"),
        (.modelledOn, "ana-int"),
        (.seeAlso, "ana-kr"), (.seeAlso, "def-6"), (.changes, "act-a"),
      ]),
    card(
      "prop-y", .proposal,
      links: [
        (.addresses, "def-3"), (.modelledOn, "ana-us"), (.modelledOn, "ana-ru"),
        (.modelledOn, "ana-missing"),
      ]
    ),
  ]

  static let corpus = Corpus(cards: cards)
}
