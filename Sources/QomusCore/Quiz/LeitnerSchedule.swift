import Foundation

/// The spaced-repetition rule: Leitner boxes 1–5 asked again after 1, 2, 4, 8 and 16 days. A right answer moves a
/// question up one box (a new question starts in box 1, so its first right answer puts it in box 2); a wrong answer
/// sends it back to box 1.
public struct LeitnerSchedule: Sendable, Hashable {
  /// Days until the next review, per box (index 0 is box 1).
  public var intervalsInDays: [Int]

  public static let standard = LeitnerSchedule(intervalsInDays: [1, 2, 4, 8, 16])

  public init(intervalsInDays: [Int]) {
    self.intervalsInDays = intervalsInDays.isEmpty ? [1] : intervalsInDays
  }

  /// The highest box.
  public var boxCount: Int { intervalsInDays.count }

  /// The box after an answer: up one when right (at most the last), box 1 when wrong.
  public func box(after previous: Int?, correct: Bool) -> Int {
    correct ? min((previous ?? 1) + 1, boxCount) : 1
  }

  /// The state after answering `questionID` at `date`, given its state before (nil when it was never asked).
  public func next(
    after previous: ReviewState?, questionID: String, cardIDs: [String], correct: Bool,
    at date: Date
  ) -> ReviewState {
    let box = box(after: previous?.box, correct: correct)
    let days = intervalsInDays[box - 1]
    return ReviewState(
      questionID: questionID, cardIDs: cardIDs, box: box,
      due: date.addingTimeInterval(Double(days) * 86_400),
      lastAnswered: date, lastCorrect: correct,
      correctCount: (previous?.correctCount ?? 0) + (correct ? 1 : 0),
      wrongCount: (previous?.wrongCount ?? 0) + (correct ? 0 : 1))
  }
}
