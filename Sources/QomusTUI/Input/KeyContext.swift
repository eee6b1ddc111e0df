import QomusCore

/// Where a key binding applies. The state decides which contexts are active, most specific first.
public enum KeyContext: String, CaseIterable, Hashable, Sendable {
  case list
  case card
  /// The card in accessible mode, before `card`: its links' numbers.
  case cardLinks
  case search
  case filter
  case help
  case global
  /// Keys shared by every full-screen view (matrix, chains, timeline, notes, quiz, slides).
  case views
  case present
  /// The presenter's screen (`qomus present --presenter`), after the slide keys.
  case presenter
  case tours
  case matrix
  case chain
  case overview
  case timeline
  case notes
  case notesSearch
  case noteEditor
  case confirm
  case quiz
  case quizSummary
  case citation

  /// The heading of this context's section in the help overlay.
  public var title: LocalizedText {
    switch self {
    case .global: LocalizedText(uz: "Hamma joyda", en: "Everywhere")
    case .list: LocalizedText(uz: "Roʻyxat", en: "List")
    case .card: LocalizedText(uz: "Karta", en: "Card")
    case .cardLinks: LocalizedText(uz: "Karta (--accessible)", en: "Card (--accessible)")
    case .search: LocalizedText(uz: "Qidiruv", en: "Search")
    case .filter: LocalizedText(uz: "Saralash", en: "Filter")
    case .help: LocalizedText(uz: "Yordam", en: "Help")
    case .views: LocalizedText(uz: "Har bir koʻrinishda", en: "In every view")
    case .present: LocalizedText(uz: "Taqdimot", en: "Presentation")
    case .presenter: LocalizedText(uz: "Maʼruzachi ekrani", en: "Presenter's screen")
    case .tours: LocalizedText(uz: "Turlar roʻyxati", en: "Tour list")
    case .matrix: LocalizedText(uz: "Qiyosiy jadval", en: "Comparison matrix")
    case .chain: LocalizedText(uz: "Taklif zanjiri", en: "Proposal chain")
    case .overview: LocalizedText(uz: "Takliflar sharhi", en: "Proposals overview")
    case .timeline: LocalizedText(uz: "Xronologiya", en: "Timeline")
    case .notes: LocalizedText(uz: "Yulduzchalar va qaydlar", en: "Stars and notes")
    case .notesSearch: LocalizedText(uz: "Qaydlarni qidirish", en: "Searching notes")
    case .noteEditor: LocalizedText(uz: "Qayd muharriri", en: "Note editor")
    case .confirm: LocalizedText(uz: "Saqlash soʻrovi", en: "Save prompt")
    case .quiz: LocalizedText(uz: "Test", en: "Quiz")
    case .quizSummary: LocalizedText(uz: "Test xulosasi", en: "Quiz summary")
    case .citation: LocalizedText(uz: "Iqtibos", en: "Citation")
    }
  }

  /// Whether unbound printable keys are typed into a text field in this context.
  public var takesText: Bool {
    self == .search || self == .filter || self == .notesSearch || self == .noteEditor
  }
}
