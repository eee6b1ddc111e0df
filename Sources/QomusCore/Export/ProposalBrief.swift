import Foundation

/// A one-page brief of a proposal for a policymaker: what it fixes (each deficiency in a sentence), what it draws on
/// (the foreign analogues), the acts it would change, the fact-check caveats of all of these, and the sources with
/// a citation. One language, in Latin or Cyrillic script.
public struct ProposalBrief: Sendable {
  /// A card the proposal rests on, with the one sentence the brief gives it: the first of its summary.
  public struct Item: Sendable {
    public var card: Card
    public var sentence: LocalizedText

    init(_ card: Card) {
      self.card = card
      sentence = LocalizedText(
        uz: ProposalBrief.shortened(PlainText.firstSentence(card.summary.uz)),
        en: ProposalBrief.shortened(PlainText.firstSentence(card.summary.en)))
    }
  }

  /// A card's caveats as the brief prints them: the verified fact (the correction) where the note has one after
  /// the article's claim, else the note's first sentence — each shortened to fit the page.
  public struct CaveatGroup: Sendable {
    public var card: CardReference
    public var lines: [LocalizedText]
  }

  /// The longest sentence, in characters, before it is cut with an ellipsis (the card has it whole).
  public static let sentenceLength = 140

  public var proposal: Card
  /// The proposal's number in the article's proposals section, when its sources give one.
  public var articleNumber: Int?
  public var fixes: [Item]
  public var models: [Item]
  public var changes: [Item]
  public var caveats: [FactCheckCaveat]
  /// The sources of every card in the brief, merged: the article's sections and each official page once.
  public var sources: Citation
  /// The proposal's own citation.
  public var citation: Citation
  public var language: Language
  public var script: ExportScript
  /// The access date the citation carries (`2026-12-01`); nil for “accessed via Qomus”.
  public var accessed: String?

  /// The brief of the proposal `id`.
  /// - Throws: `ExportError.unknownCards` when there is no such card, `.notAProposal` when it is another kind.
  public init(
    proposal id: String, corpus: Corpus, language: Language, script: ExportScript = .latin,
    accessed: String? = nil
  ) throws {
    guard let card = corpus[id] else { throw ExportError.unknownCards([id]) }
    guard card.kind == .proposal, let chain = ProposalChain(proposal: id, in: corpus) else {
      throw ExportError.notAProposal(
        id, kind: card.kind, proposals: corpus.cards(of: .proposal).map(\.id))
    }
    func cards(_ references: [CardReference]) -> [Card] { references.compactMap { corpus[$0.id] } }
    proposal = card
    articleNumber = ProposalOverview.articleNumber(of: card)
    fixes = cards(chain.deficiencies.map(\.deficiency)).map(Item.init)
    models = cards(chain.models).map(Item.init)
    changes = cards(chain.changes).map(Item.init)
    // The caveats of the cards the brief names (not of the acts the deficiencies concern, which it does not).
    let named = Set([id] + chain.deficiencies.map(\.deficiency.id) + chain.models.map(\.id) + chain.changes.map(\.id))
    caveats = chain.caveats.filter { named.contains($0.card.id) }
    citation = Citation(card: card, in: corpus)
    var merged = citation
    for item in fixes + models + changes {
      let other = Citation(card: item.card, in: corpus)
      merged.sections += other.sections.filter { !merged.sections.contains($0) }
      merged.pages += other.pages.filter { !merged.pages.contains($0) }
    }
    merged.pages = merged.pages.reduce(into: []) { pages, page in
      if !pages.contains(where: { $0.url == page.url }) { pages.append(page) }
    }
    sources = merged
    self.language = language
    self.script = script
    self.accessed = accessed
  }

  /// The caveats grouped by card, in order, as the brief prints them.
  public var caveatGroups: [CaveatGroup] {
    var groups: [CaveatGroup] = []
    for caveat in caveats {
      let line = LocalizedText(
        uz: Self.shortened(caveat.correction.uz.isEmpty ? caveat.premise.uz : caveat.correction.uz),
        en: Self.shortened(caveat.correction.en.isEmpty ? caveat.premise.en : caveat.correction.en))
      if groups.last?.card.id == caveat.card.id {
        groups[groups.count - 1].lines.append(line)
      } else {
        groups.append(CaveatGroup(card: caveat.card, lines: [line]))
      }
    }
    return groups
  }

  /// `text` as it fits a line of the brief: whole when short enough, else without its bracketed asides (“(ZRU-764
  /// of 15 April 2022; …)”), then cut at a word with an ellipsis if still too long.
  static func shortened(_ text: String) -> String {
    guard text.count > sentenceLength else { return text }
    var short = text
    while let range = short.range(of: #"\s*\([^()]*\)"#, options: .regularExpression) {
      short.removeSubrange(range)
    }
    return PlainText.truncate(short, to: sentenceLength)
  }

  /// Every card the brief names: the proposal, then what it fixes, draws on and changes.
  public var cards: [Card] { [proposal] + (fixes + models + changes).map(\.card) }

  /// `text` in the brief's language and script.
  func text(_ text: LocalizedText) -> String { script.apply(text, language) }

  /// A string written in the brief's language, in its script.
  func text(_ text: String) -> String { script.apply(text, language) }

  /// “taklif · Uzbekistan · proposed”-style facts of an item, without its kind.
  func facts(of card: Card) -> String {
    CardFacts.meta(of: card, language: language).dropFirst().map(text).joined(separator: " · ")
  }

  /// The line under the title: “Proposal brief · Proposal 3 of the article · proposed · prop-infosec-law”.
  var kicker: [String] {
    var parts = [text(BriefText.kind)]
    if let articleNumber { parts.append(text(BriefText.articleNumber(articleNumber))) }
    if let status = proposal.status { parts.append(text(status.name)) }
    return parts
  }
}

/// The fixed words of a brief.
enum BriefText {
  static let kind = LocalizedText(uz: "Taklif boʻyicha maʼlumotnoma", en: "Proposal brief")
  static let fixes = LocalizedText(uz: "Qaysi kamchiliklarni bartaraf etadi", en: "What it fixes")
  static let drawsOn = LocalizedText(uz: "Qaysi tajribaga tayanadi", en: "What it draws on")
  static let changes = LocalizedText(uz: "Qaysi hujjatlarni oʻzgartiradi", en: "Acts it would change")
  static let caveats = LocalizedText(uz: "Tekshiruv izohlari", en: "Fact-check caveats")
  static let caveatsLead = LocalizedText(
    uz: "Taklif tayangan kartalardagi tekshiruv izohlari, qisqa: toʻliq matni va manbasi kartada",
    en: "The fact-check notes on the cards the proposal rests on, in short: the card has each in full with its source")
  /// The command that shows a card, after `caveatsLead` (never transliterated).
  static let showCommand = "qomus show ID"
  static let none = LocalizedText(uz: "yoʻq", en: "none")
  static let noCaveats = LocalizedText(
    uz: "Bu kartalarda tekshiruv izohi yoʻq.", en: "None of these cards carries a fact-check note.")
  static let source = LocalizedText(uz: "manba", en: "source")

  static func articleNumber(_ number: Int) -> LocalizedText {
    LocalizedText(uz: "maqolaning \(number)-taklifi", en: "proposal \(number) of the article")
  }

  static func generated(_ count: Int) -> LocalizedText {
    LocalizedText(
      uz: "Qomus yordamida \(count) ta kartadan tuzilgan.",
      en: "Made with Qomus from \(count) card\(count == 1 ? "" : "s").")
  }
}
