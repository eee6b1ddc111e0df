import Foundation

/// A printable selection of cards with everything a renderer needs: the cards in order, each with its lecturer
/// note, link groups and numbered sources, and the sources list for the end.
public struct Handout: Sendable {
  /// One card of the handout.
  public struct Entry: Sendable {
    public var card: Card
    /// The lecturer's note from the tour, if any.
    public var note: LocalizedText?
    /// The card's links and backlinks, grouped.
    public var links: [LinkGroup]
    /// The numbers, in `sources`, of this card's sources.
    public var sourceNumbers: [Int]
    public var citation: Citation
  }

  /// A source cited at the end, with the cards that draw on it.
  public struct Source: Sendable, Hashable {
    public var number: Int
    public var source: CardSource
    public var cardIDs: [String]
  }

  public var title: LocalizedText
  public var description: LocalizedText?
  public var languages: [Language]
  public var tourID: String?
  /// The script Uzbek is written in.
  public var script: ExportScript
  /// The access date the citations carry (`2026-12-01`); nil for “accessed via Qomus”.
  public var accessed: String?
  public var entries: [Entry]
  /// Every source of every card, once, numbered in order of first use.
  public var sources: [Source]
  /// The cards the handout was made from (for JSON's links and backlinks).
  public let corpus: Corpus

  /// The handout of `selection` in `languages` and `script`; `tours` are the ones `.tour` may name. Without
  /// `lecturerNotes` a tour's notes are left out; `accessed` dates the citations.
  /// - Throws: `ExportError` for an unknown tour or card id, or a selection with no cards.
  public init(
    selection: ExportSelection, corpus: Corpus, tours: [Tour] = [], languages: [Language],
    script: ExportScript = .latin, lecturerNotes: Bool = true, accessed: String? = nil
  ) throws {
    self.languages = languages.isEmpty ? [.en] : languages
    self.script = script
    self.accessed = accessed
    self.corpus = corpus
    var picked: [(card: Card, note: LocalizedText?)] = []
    switch selection {
    case .all:
      title = HandoutText.allTitle
      picked = corpus.cards.map { ($0, nil) }
    case .kind(let kind):
      title = LocalizedText(
        uz: "Qomus — " + kind.pluralName.uz, en: "Qomus — " + kind.pluralName.en)
      picked = corpus.cards(of: kind).map { ($0, nil) }
    case .ids(let ids):
      title = HandoutText.selectionTitle
      let unknown = ids.filter { corpus[$0] == nil }
      guard unknown.isEmpty else { throw ExportError.unknownCards(unknown) }
      picked = ids.compactMap { corpus[$0] }.map { ($0, nil) }
    case .tour(let id):
      guard let tour = tours.first(where: { $0.id == id }) else {
        throw ExportError.unknownTour(id, available: tours.map(\.id))
      }
      title = tour.title
      description =
        tour.description.uz.isEmpty && tour.description.en.isEmpty ? nil : tour.description
      tourID = tour.id
      let unknown = tour.stops.map(\.card).filter { corpus[$0] == nil }
      guard unknown.isEmpty else { throw ExportError.unknownCards(unknown) }
      picked = tour.stops.compactMap { stop in
        corpus[stop.card].map { ($0, lecturerNotes ? stop.note : nil) }
      }
    }
    var seen: Set<String> = []
    picked = picked.filter { seen.insert($0.card.id).inserted }
    guard !picked.isEmpty else { throw ExportError.noCards }

    var sources: [Source] = []
    var entries: [Entry] = []
    for (card, note) in picked {
      var numbers: [Int] = []
      for source in card.sources {
        if let index = sources.firstIndex(where: { $0.source == source }) {
          sources[index].cardIDs.append(card.id)
          numbers.append(sources[index].number)
        } else {
          sources.append(Source(number: sources.count + 1, source: source, cardIDs: [card.id]))
          numbers.append(sources.count)
        }
      }
      entries.append(
        Entry(
          card: card, note: note, links: LinkGroup.groups(of: card, in: corpus),
          sourceNumbers: numbers,
          citation: Citation(card: card, in: corpus)))
    }
    self.entries = entries
    self.sources = sources
  }

  /// True when `id` is one of the handout's cards (so a link to it can jump within the document).
  public func contains(_ id: String) -> Bool {
    entries.contains { $0.card.id == id }
  }

  /// `text` in the handout's languages and script, joined with “ / ”.
  func label(_ text: LocalizedText) -> String {
    languages.map { script.apply(text, $0) }.joined(separator: " / ")
  }

  /// `text` in `language` and the handout's script.
  func text(_ text: LocalizedText, _ language: Language) -> String { script.apply(text, language) }

  /// `text`, written in `language`, in the handout's script.
  func text(_ text: String, _ language: Language) -> String { script.apply(text, language) }

  /// A card's meta line parts in `language` and the handout's script.
  func meta(of card: Card, _ language: Language) -> [String] {
    CardFacts.meta(of: card, language: language).map { script.apply($0, language) }
  }

  /// A `section:` source (“Kirish; Natijalar 1”) with its headings in the handout's language: as written when the
  /// handout has Uzbek, translated (the Uzbek in brackets) when it is English only.
  func sectionNames(_ section: String) -> String {
    let language: Language = languages.contains(.uz) ? .uz : .en
    let names = section.split(separator: ";").map {
      ArticleSection.name($0.trimmingCharacters(in: .whitespaces), in: language)
    }
    return script.apply(names.joined(separator: "; "), language)
  }

  /// The plain citation of `entry` in `language`, with the handout's access date and script.
  func citation(of entry: Entry, _ language: Language) -> String {
    entry.citation.text(.plain, language: language, accessed: accessed, script: script)
  }
}

/// The fixed words of a handout.
enum HandoutText {
  static let allTitle = LocalizedText(
    uz: "Qomus — Oʻzbekistonda elektron hukumat huquqi",
    en: "Qomus — the law of e-government in Uzbekistan")
  static let selectionTitle = LocalizedText(
    uz: "Qomus — tanlangan kartalar", en: "Qomus — selected cards")
  static let contents = LocalizedText(uz: "Mundarija", en: "Contents")
  static let howToCite = LocalizedText(uz: "Iqtibos keltirish", en: "How to cite")

  static func generated(_ count: Int) -> LocalizedText {
    LocalizedText(
      uz: "Qomus yordamida \(count) ta kartadan tuzilgan.",
      en: "Made with Qomus from \(count) card\(count == 1 ? "" : "s").")
  }
}
