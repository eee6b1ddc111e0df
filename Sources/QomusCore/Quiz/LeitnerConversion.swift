import Foundation

/// Turns a question's place in the old Leitner schedule (boxes 1–5, asked again after 1, 2, 4, 8, 16 days) into an
/// FSRS memory state, for the migration that replaced it.
///
/// The conversion is fsrs-rs's `memory_state_from_sm2(ease_factor, interval, sm2_retention)` (fsrs-rs 6.6.1,
/// `src/inference.rs`), the one Anki uses to carry SM-2 history into FSRS: stability is the interval scaled to 90%
/// retention, S = interval · factor / (r^(1/decay) − 1), and difficulty is the one at which a Good review at that
/// retention multiplies the interval by the ease, D = 11 − (ease − 1) / (e^w8 · S^(−w9) · (e^(w10·(1−r)) − 1)).
/// Leitner doubled the interval on every right answer, so the ease is 2 and the retention taken to be 0.9: the box's
/// interval becomes the stability, and the next right answer doubles it, as the old schedule would have.
enum LeitnerConversion {
  /// Days until the next review, per box (index 0 is box 1), as the old schedule had them.
  static let intervalsInDays = [1, 2, 4, 8, 16]
  /// Leitner's growth per right answer.
  static let ease = 2.0
  /// The recall assumed at the end of a Leitner interval.
  static let assumedRetention = 0.9

  /// The memory state of a question in `box` (clamped to 1…5).
  static func memory(box: Int, model: FSRS = FSRS()) -> MemoryState {
    let w = model.parameters
    let interval = Double(intervalsInDays[min(max(box, 1), intervalsInDays.count) - 1])
    let stability =
      max(interval, FSRS.minimumStability) * w.factor / (pow(assumedRetention, 1 / w.decay) - 1)
    let growth = exp(w[8]) * pow(stability, -w[9]) * expm1((1 - assumedRetention) * w[10])
    let difficulty = 11 - (ease - 1) / growth
    return MemoryState(
      stability: stability,
      difficulty: min(max(difficulty, FSRS.difficultyRange.lowerBound), FSRS.difficultyRange.upperBound))
  }

  /// Wrong answers after the first, from the old counts (which kept no order): all but one when no answer was
  /// right (the first was then wrong), else all of them.
  static func lapses(correctCount: Int, wrongCount: Int) -> Int {
    max(0, correctCount == 0 ? wrongCount - 1 : wrongCount)
  }
}
