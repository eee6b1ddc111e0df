import Foundation

/// Chooses the questions of a quiz from the review schedule: questions due for review first (longest overdue
/// first), then questions never asked, then those not yet due (soonest first). Within a group the generator's
/// seeded order is kept.
public enum QuizPlanner {
  /// Up to `count` of `questions` (in ``QuizGenerator/questions(seed:)`` order), planned against `reviews` at `date`.
  public static func plan(
    _ questions: [QuizQuestion], reviews: [ReviewState], at date: Date, count: Int
  ) -> [QuizQuestion] {
    let states = Dictionary(
      reviews.map { ($0.questionID, $0) }, uniquingKeysWith: { first, _ in first })
    var due: [(ReviewState, Int)] = []
    var new: [Int] = []
    var later: [(ReviewState, Int)] = []
    for (index, question) in questions.enumerated() {
      guard let state = states[question.id] else {
        new.append(index)
        continue
      }
      if state.isDue(at: date) { due.append((state, index)) } else { later.append((state, index)) }
    }
    let byDue: ((ReviewState, Int), (ReviewState, Int)) -> Bool = {
      ($0.0.due, $0.1) < ($1.0.due, $1.1)
    }
    let order = due.sorted(by: byDue).map(\.1) + new + later.sorted(by: byDue).map(\.1)
    return order.prefix(max(0, count)).map { questions[$0] }
  }
}
