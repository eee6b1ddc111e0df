import QomusCore

/// Where a key binding applies. The state decides which contexts are active, most specific first.
public enum KeyContext: String, CaseIterable, Hashable, Sendable {
  case list
  case card
  case search
  case filter
  case help
  case global

  /// The heading of this context's section in the help overlay.
  public var title: LocalizedText {
    switch self {
    case .global: LocalizedText(uz: "Hamma joyda", en: "Everywhere")
    case .list: LocalizedText(uz: "Roʻyxat", en: "List")
    case .card: LocalizedText(uz: "Karta", en: "Card")
    case .search: LocalizedText(uz: "Qidiruv", en: "Search")
    case .filter: LocalizedText(uz: "Saralash", en: "Filter")
    case .help: LocalizedText(uz: "Yordam", en: "Help")
    }
  }

  /// Whether unbound printable keys are typed into a text field in this context.
  public var takesText: Bool { self == .search || self == .filter }
}
