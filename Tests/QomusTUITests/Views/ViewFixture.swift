import Foundation
import QomusCore
import QomusTUI

/// The fixture corpus with more cards for the views (a replaced act and its successor, a Korean analogue, a second
/// deficiency and proposal), two tours and a small matrix, all built in code.
enum ViewFixture {
  typealias L = LocalizedText

  static let extraCards: [Card] = [
    Card(
      id: "act-sig-2003", kind: .act, jurisdiction: .UZ,
      title: L(
        uz: "“Elektron raqamli imzo toʻgʻrisida”gi Qonun (2003)",
        en: "Law “On Electronic Digital Signature” (2003)"),
      summary: L(uz: "Eski imzo qonuni.", en: "The old signature law."),
      body: L(uz: "Almashtirilgan.", en: "Replaced."),
      adopted: PartialDate("2003-12-11"), status: .replaced, topics: [.digitalIdentity],
      sources: [.section("Natijalar 1")]),
    Card(
      id: "act-sig-2022", kind: .act, jurisdiction: .UZ,
      title: L(uz: "“Elektron imzo toʻgʻrisida”gi Qonun", en: "Law “On Electronic Signature”"),
      summary: L(uz: "Yangi imzo qonuni.", en: "The new signature law."),
      body: L(uz: "Amalda.", en: "In force."),
      adopted: PartialDate("2022-10-12"), status: .inForce, topics: [.digitalIdentity],
      sources: [.section("Natijalar 1")],
      links: [CardLink(relation: .replaces, target: "act-sig-2003")]),
    Card(
      id: "ana-kr-act", kind: .analogue, jurisdiction: .KR,
      title: L(uz: "Koreya qonuni", en: "Korean act"),
      summary: L(uz: "Koreyaning elektron hukumat qonuni.", en: "Korea’s e-government act."),
      body: L(uz: "Yagona portal.", en: "A single portal."),
      adopted: PartialDate("2001-03-28"), status: .inForce, sources: [.section("Natijalar 2.2")],
      links: [CardLink(relation: .comparedWith, target: "act-egov")]),
    Card(
      id: "def-security", kind: .deficiency, jurisdiction: .UZ,
      title: L(uz: "Xavfsizlik tartibga solinmagan", en: "Security under-regulated"),
      summary: L(
        uz: "Axborot xavfsizligi umumiy.", en: "Information security is covered only in general."),
      body: L(uz: "Umumiy.", en: "General."), sources: [.section("Natijalar 2.3")],
      links: [CardLink(relation: .concerns, target: "act-informatization")]),
    Card(
      id: "prop-security", kind: .proposal, jurisdiction: .UZ,
      title: L(uz: "Axborot xavfsizligi qonuni", en: "A law on information security"),
      summary: L(uz: "Alohida qonun.", en: "A standalone law."),
      body: L(uz: "Koreya tajribasi.", en: "The Korean model."), status: .proposed,
      topics: [.informationSecurity], sources: [.section("Takliflar 3")],
      links: [
        CardLink(relation: .addresses, target: "def-security"),
        CardLink(relation: .modelledOn, target: "ana-kr-act"),
        CardLink(relation: .changes, target: "act-informatization"),
      ]),
  ]

  static let corpus = Corpus(cards: Fixture.corpus.cards + extraCards)

  static let tours = [
    Tour(
      id: "intro", title: L(uz: "Kirish", en: "Introduction"),
      description: L(uz: "Uch bekat.", en: "Three stops."),
      stops: [
        TourStop(
          card: "act-egov",
          note: L(uz: "Sana xatosini koʻrsating.", en: "Point out the date slip.")),
        TourStop(card: "ana-kr-act"),
        TourStop(card: "prop-code"),
      ]),
    Tour(
      id: "short", title: L(uz: "Qisqa", en: "Short"), description: L(uz: "Bitta.", en: "One."),
      stops: [TourStop(card: "ana-ee-xroad")]),
  ]

  static let matrix = ComparisonMatrix(
    title: L(uz: "Qiyosiy jadval", en: "Comparison matrix"), columns: [.UZ, .EE, .KR],
    rows: [
      MatrixRow(
        id: "legal-basis", title: L(uz: "Huquqiy asos", en: "Legal basis"), topic: .legalBasis,
        cells: [
          .UZ: MatrixCell(
            card: "act-egov", label: L(uz: "Qonun (2015)", en: "The law (2015)"),
            status: L(uz: "Amalda", en: "In force")),
          .KR: MatrixCell(
            card: "ana-kr-act", label: L(uz: "Koreya qonuni (2001)", en: "Korean act (2001)"),
            status: L(uz: "Amalda", en: "In force")),
        ]),
      MatrixRow(
        id: "interoperability", title: L(uz: "Integratsiya", en: "Interoperability"),
        cells: [
          .EE: MatrixCell(
            card: "ana-ee-xroad", label: L(uz: "X-Road", en: "X-Road"),
            status: L(uz: "Yagona almashinuv qatlami", en: "One exchange layer")),
          .KR: MatrixCell(
            card: nil, label: L(uz: "Amaliyot", en: "A practice"),
            status: L(uz: "Kartasi yoʻq", en: "No card")),
        ]),
      MatrixRow(
        id: "signature", title: L(uz: "Elektron imzo", en: "Electronic signature"),
        cells: [
          .UZ: MatrixCell(
            card: "act-sig-2022", label: L(uz: "Imzo qonuni (2022)", en: "Signature law (2022)"),
            status: L(uz: "2003-yilgi qonun oʻrniga", en: "Replaced the 2003 law"))
        ]),
    ])

  static let companions = CompanionFiles(tours: tours, matrix: matrix)

  /// A fixed clock for stores and quizzes.
  static let date = Date(timeIntervalSince1970: 1_700_000_000)

  /// A state over the view fixture.
  static func state(
    _ width: Int = 80, _ height: Int = 24, language: LanguageMode = .english,
    user: UserSnapshot = UserSnapshot(), status: StoreStatus = .writable
  ) -> AppState {
    AppState(
      corpus: corpus, size: Size(width: width, height: height), language: language,
      companions: companions, user: user, storeStatus: status)
  }

  /// A driver over the view fixture; with `store`, writes go to it.
  static func driver(
    _ width: Int = 80, _ height: Int = 24, language: LanguageMode = .english,
    store: UserStore? = nil, status: StoreStatus = .writable
  ) -> ExplorerDriver {
    let service = store.map { UserDataService(access: .writable($0)) }
    return ExplorerDriver(
      state: state(
        width, height, language: language, user: service?.snapshot() ?? UserSnapshot(),
        status: service?.status ?? status),
      userData: service, clock: { date }, seed: { 7 }, search: Fixture.search)
  }

  /// A new store in a fresh temporary directory.
  static func temporaryStore() throws -> (UserStore, URL) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "qomus-tui-\(UUID().uuidString)")
    return (try UserStore.open(directory: directory, now: { date }), directory)
  }
}

extension ExplorerDriver {
  /// Presses each key of `keys`, given as characters.
  mutating func keys(_ keys: String) {
    for character in keys { press(.character(character)) }
  }
}
