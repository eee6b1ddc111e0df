import Foundation

/// A card to reread: the one a missed or due question was about.
public struct RevisitItem: Sendable, Hashable, Identifiable {
  public var cardID: String
  /// The card's title; the id when the card is no longer in the corpus.
  public var title: LocalizedText
  /// The questions about this card that are missed or due, by id.
  public var questionIDs: [String]
  /// The lowest stability (days) among them: the memory that fades fastest.
  public var stability: Double
  /// The earliest due day among them.
  public var due: CalendarDay
  /// Days from the summary's day to ``due``: 0 or less when due.
  public var daysUntilDue: Int
  /// True when one of them was last answered wrong.
  public var missedLastTime: Bool

  public var id: String { cardID }
}

/// What to revisit, from the review schedule: ordered, ready to list.
public struct ReviewSummary: Sendable, Hashable {
  /// The cards behind questions last answered wrong or due now: missed first, then by due day, then weakest memory
  /// (lowest stability) first.
  public var revisit: [RevisitItem]
  /// Questions due now.
  public var dueCount: Int
  /// Questions answered and not yet due.
  public var scheduledCount: Int
  /// When the next not-yet-due question comes back.
  public var nextDue: CalendarDay?

  /// The summary of `states` at `date` (days in `calendar`); titles come from `corpus`.
  public init(states: [ReviewState], corpus: Corpus, at date: Date, calendar: Calendar = .current) {
    var items: [String: RevisitItem] = [:]
    var dueCount = 0
    var nextDue: CalendarDay?
    let today = CalendarDay(date, in: calendar)
    for state in states {
      let isDue = state.isDue(at: date, calendar: calendar)
      if isDue {
        dueCount += 1
      } else {
        nextDue = min(nextDue ?? state.due, state.due)
      }
      guard isDue || !state.lastCorrect, let cardID = state.cardIDs.first else { continue }
      var item =
        items[cardID]
        ?? RevisitItem(
          cardID: cardID, title: corpus[cardID]?.title ?? LocalizedText(uz: cardID, en: cardID),
          questionIDs: [], stability: state.memory.stability, due: state.due, daysUntilDue: 0,
          missedLastTime: false)
      item.questionIDs.append(state.questionID)
      item.stability = min(item.stability, state.memory.stability)
      item.due = min(item.due, state.due)
      item.daysUntilDue = item.due.days(since: today)
      item.missedLastTime = item.missedLastTime || !state.lastCorrect
      items[cardID] = item
    }
    revisit = items.values.sorted {
      ($0.missedLastTime ? 0 : 1, $0.due, $0.stability, $0.cardID) < (
        $1.missedLastTime ? 0 : 1, $1.due, $1.stability, $1.cardID
      )
    }
    self.dueCount = dueCount
    self.scheduledCount = states.count - dueCount
    self.nextDue = nextDue
  }
}
