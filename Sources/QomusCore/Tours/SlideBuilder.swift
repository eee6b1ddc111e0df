import Foundation

/// Draws a slide's key points from a card: its number and dates, the links that say what it does (“Addresses: …”,
/// “Modelled on: …”), then the bullets or first sentences of its body, and a fact-check flag when there is room.
public struct SlideBuilder: Sendable {
  public let corpus: Corpus
  public let language: Language
  /// The most points a slide shows.
  public static let maximumPoints = 5
  /// The longest point, in characters, before it is cut with an ellipsis.
  public static let pointLength = 160

  public init(corpus: Corpus, language: Language) {
    self.corpus = corpus
    self.language = language
  }

  /// The slide for `card` at `position` of `count`, with the lecturer's `note`.
  public func slide(for card: Card, note: LocalizedText? = nil, position: Int = 1, count: Int = 1)
    -> Slide
  {
    var kicker = [card.kind.singularName[language], card.jurisdiction.name[language]]
    if let status = card.status { kicker.append(status.name[language]) }
    let noteText = note.map { $0[language] }.flatMap { $0.isEmpty ? nil : $0 }
    return Slide(
      card: CardReference(card), language: language, title: card.title[language],
      kicker: kicker.joined(separator: " · "), summary: card.summary[language],
      keyPoints: keyPoints(for: card),
      note: noteText, position: position, count: count)
  }

  /// The key points of `card`, at most `maximumPoints`.
  public func keyPoints(for card: Card) -> [String] {
    var points: [String] = []
    let facts = ([card.number].compactMap { $0 } + CardFacts.dates(of: card, language: language))
    if !facts.isEmpty { points.append(facts.joined(separator: " · ")) }
    points += linkPoints(for: card).prefix(3)
    let room = Self.maximumPoints - points.count - (card.notes.isEmpty ? 0 : 1)
    points += bodyPoints(for: card).prefix(max(room, 3 - points.count, 0))
    if !card.notes.isEmpty, points.count < Self.maximumPoints {
      points.append(factCheckPoint(card.notes.count))
    }
    return Array(points.prefix(Self.maximumPoints)).map {
      PlainText.truncate($0, to: Self.pointLength)
    }
  }

  /// The relations that say what a card of this kind does, in the order a slide lists them.
  static func relations(for kind: CardKind) -> [(relation: LinkRelation, backlink: Bool)] {
    switch kind {
    case .proposal: [(.addresses, false), (.modelledOn, false), (.changes, false)]
    case .deficiency: [(.concerns, false), (.addresses, true)]
    case .analogue: [(.comparedWith, false), (.modelledOn, true), (.partOf, false)]
    case .act:
      [
        (.replaces, true), (.replaces, false), (.amends, false), (.concerns, true),
        (.changes, true),
      ]
    case .platform: [(.implements, false), (.concerns, true)]
    case .source: []
    }
  }

  private func linkPoints(for card: Card) -> [String] {
    let groups = LinkGroup.groups(of: card, in: corpus)
    return Self.relations(for: card.kind).compactMap { wanted in
      guard
        let group = groups.first(where: {
          $0.relation == wanted.relation && $0.isBacklink == wanted.backlink
        })
      else { return nil }
      let titles = group.cards.prefix(2).map { card in
        card.title[language]
          + (group.inferred.contains(card.id) ? " (" + CardLink.inferenceLabel[language] + ")" : "")
      }
      let more = group.cards.count > 2 ? " " + Self.more(group.cards.count - 2)[language] : ""
      return group.name[language] + ": " + titles.joined(separator: "; ") + more
    }
  }

  private func bodyPoints(for card: Card) -> [String] {
    let blocks = PlainText.blocks(of: card.body[language])
    for block in blocks {
      if case .list(let items) = block, items.count >= 3 { return items.map(Self.listPoint) }
    }
    return blocks.compactMap { block in
      guard case .paragraph(let text) = block else { return nil }
      return PlainText.firstSentence(text)
    }
  }

  /// A list item as a point: capitalised, without the list's trailing “;” or “,”.
  static func listPoint(_ item: String) -> String {
    let trimmed = item.trimmingCharacters(in: CharacterSet(charactersIn: ";,").union(.whitespaces))
    return trimmed.prefix(1).uppercased() + trimmed.dropFirst()
  }

  private func factCheckPoint(_ count: Int) -> String {
    let label = CardFacts.Labels.factCheck[language]
    return language == .uz
      ? "⚠ \(label): kartada \(count) ta izoh"
      : "⚠ \(label)\(count == 1 ? "" : "s"): \(count) on the card"
  }

  private static func more(_ count: Int) -> LocalizedText {
    LocalizedText(uz: "va yana \(count) ta", en: "and \(count) more")
  }
}
