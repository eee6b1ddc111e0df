import QomusCore

/// The proposals overview: its order and the selected proposal.
public struct OverviewState: Sendable, Hashable {
  /// How the proposals are sorted.
  public var order: ProposalOverview.Order = .article
  /// The selection and scroll.
  public var list = ListState()
  /// The overview's lines and items, built by `refreshView`.
  var outline: OutlineModel?

  /// The overview sorted by `order`.
  public init(order: ProposalOverview.Order = .article) {
    self.order = order
  }
}

extension ProposalOverview.Order {
  /// The next order in the cycle.
  var next: Self {
    let all = Self.allCases
    return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
  }

  /// The order's name in the view's title.
  var label: LocalizedText {
    switch self {
    case .article: LocalizedText(uz: "maqoladagi tartib", en: "article order")
    case .topic: LocalizedText(uz: "mavzu boʻyicha", en: "by topic")
    case .reach: LocalizedText(uz: "qamrov boʻyicha", en: "by reach")
    case .title: LocalizedText(uz: "nomi boʻyicha", en: "by title")
    }
  }
}
