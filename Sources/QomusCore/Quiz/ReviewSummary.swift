import Foundation

/// A card to reread: the one a missed or due question was about.
public struct RevisitItem: Sendable, Hashable, Identifiable {
  public var cardID: String
  /// The card's title; the id when the card is no longer in the corpus.
  public var title: LocalizedText
  /// The questions about this card that are missed or due, by id.
  public var questionIDs: [String]
  /// The lowest Leitner box among them.
  public var box: Int
  /// The earliest due date among them.
  public var due: Date
  /// True when one of them was last answered wrong.
  public var missedLastTime: Bool

  public var id: String { cardID }
}

/// What to revisit, from the review schedule: ordered, ready to list.
public struct ReviewSummary: Sendable, Hashable {
  /// The cards behind questions last answered wrong or due now: missed first, then by box, then by due date.
  public var revisit: [RevisitItem]
  /// Questions due now.
  public var dueCount: Int
  /// Questions answered and not yet due.
  public var scheduledCount: Int
  /// When the next not-yet-due question comes back.
  public var nextDue: Date?
  /// How many questions sit in each box (index 0 is box 1).
  public var boxCounts: [Int]

  /// The summary of `states` at `date`; titles come from `corpus`.
  public init(
    states: [ReviewState], corpus: Corpus, at date: Date, schedule: LeitnerSchedule = .standard
  ) {
    var items: [String: RevisitItem] = [:]
    var boxCounts = Array(repeating: 0, count: schedule.boxCount)
    var dueCount = 0
    var nextDue: Date?
    for state in states {
      boxCounts[min(max(state.box, 1), schedule.boxCount) - 1] += 1
      let isDue = state.isDue(at: date)
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
          questionIDs: [],
          box: state.box, due: state.due, missedLastTime: false)
      item.questionIDs.append(state.questionID)
      item.box = min(item.box, state.box)
      item.due = min(item.due, state.due)
      item.missedLastTime = item.missedLastTime || !state.lastCorrect
      items[cardID] = item
    }
    revisit = items.values.sorted {
      ($0.missedLastTime ? 0 : 1, $0.box, $0.due, $0.cardID) < (
        $1.missedLastTime ? 0 : 1, $1.box, $1.due, $1.cardID
      )
    }
    self.dueCount = dueCount
    self.scheduledCount = states.count - dueCount
    self.nextDue = nextDue
    self.boxCounts = boxCounts
  }
}
