import QomusCore

/// The corpus arranged for the explorer: one tab per kind that has cards, the ids of each tab in display order,
/// a folded search key per card for the list filter, and the tours, matrix, proposals and timeline the views show.
/// Built once.
public struct Catalog: Sendable {
  /// The cards.
  public let corpus: Corpus
  /// One tab per kind that has cards, in kind order.
  public let tabs: [CardKind]
  /// The tours, in file order.
  public let tours: [Tour]
  /// The comparison matrix, without cells whose card is missing.
  public let matrix: ComparisonMatrix?
  /// Every proposal with its chain, for the overview.
  public let proposals: ProposalOverview
  /// Acts and analogues by year.
  public let timeline: Timeline
  private let idsByKind: [CardKind: [String]]
  private let filterKeys: [String: String]

  /// Arranges `corpus` and its companion files, once.
  public init(corpus: Corpus, companions: CompanionFiles = CompanionFiles()) {
    self.corpus = corpus
    tours = companions.tours
    matrix = companions.matrix?.keepingCards(in: corpus)
    proposals = ProposalOverview(corpus: corpus)
    timeline = Timeline(corpus: corpus)
    var ids: [CardKind: [String]] = [:]
    var keys: [String: String] = [:]
    for card in corpus.cards {
      ids[card.kind, default: []].append(card.id)
      keys[card.id] = Self.fold(card.title.uz + " " + card.title.en + " " + card.id)
    }
    idsByKind = ids
    filterKeys = keys
    tabs = CardKind.allCases.filter { ids[$0] != nil }
  }

  /// The card with `id`.
  public subscript(id: String) -> Card? { corpus[id] }

  /// The ids of tab `index`, in display order (empty when out of range).
  public func ids(inTab index: Int) -> [String] {
    guard tabs.indices.contains(index) else { return [] }
    return idsByKind[tabs[index]] ?? []
  }

  /// The tour with `id`, if any.
  public func tour(_ id: String) -> Tour? { tours.first { $0.id == id } }

  /// The stops of tour `id` whose card exists: the slides of a presentation.
  public func stops(ofTour id: String) -> [TourStop] {
    tour(id)?.stops.filter { corpus[$0.card] != nil } ?? []
  }

  /// The tab showing cards of `kind`.
  public func tab(of kind: CardKind) -> Int? { tabs.firstIndex(of: kind) }

  /// The ids among `ids` that match the filter `text`: every word, in either language or script, with any
  /// apostrophe.
  public func filter(_ ids: [String], by text: String) -> [String] {
    let words = Self.fold(text).split(separator: " ")
    guard !words.isEmpty else { return ids }
    return ids.filter { id in
      filterKeys[id].map { key in words.allSatisfy { key.contains($0) } } ?? false
    }
  }

  /// Folded as search folds (`TextFolding.foldText`), so `oʻzbek`, `o'zbek`, `ozbek` and `ўзбек` meet.
  static func fold(_ text: String) -> String { TextFolding.foldText(text) }
}
