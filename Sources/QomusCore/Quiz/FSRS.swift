import Foundation

/// The FSRS-6 memory model: how stability and difficulty change with each review, and how recall fades.
///
/// The formulas are the published algorithm as implemented in py-fsrs 6.3.2 (`fsrs/scheduler.py`) and fsrs-rs 6.6.1
/// (`src/model.rs`), open-spaced-repetition. With G the rating (1–4), S stability, D difficulty, R retrievability and
/// t the days elapsed:
/// - forgetting curve: R(t, S) = (1 + factor · t / S)^(−w20), factor = 0.9^(−1/w20) − 1;
/// - first review: S₀(G) = w[G−1], D₀(G) = w4 − e^(w5·(G−1)) + 1;
/// - difficulty: D′ = w7 · D₀(4) + (1 − w7) · (D + (10 − D) · (−w6 · (G − 3)) / 9), clamped to 1…10;
/// - after a recall: S′ = S · (1 + e^w8 · (11 − D) · S^(−w9) · (e^(w10·(1−R)) − 1) · (w15 if Hard) · (w16 if Easy));
/// - after a lapse: S′ = min(w11 · D^(−w12) · ((S + 1)^w13 − 1) · e^(w14·(1−R)), S / e^(w17·w18));
/// - a second review on the same day: S′ = S · e^(w17·(G − 3 + w18)) · S^(−w19), at least S for Hard and above.
public struct FSRS: Sendable, Hashable {
  public var parameters: FSRSParameters

  /// The smallest stability, as in the reference implementations.
  public static let minimumStability = 0.001
  public static let difficultyRange = 1.0...10.0

  public init(parameters: FSRSParameters = .fsrs6Defaults) {
    self.parameters = parameters
  }

  private var w: FSRSParameters { parameters }

  /// The probability of recall `elapsedDays` after the last review of a memory of `stability`.
  public func retrievability(elapsedDays: Double, stability: Double) -> Double {
    pow(1 + w.factor * max(0, elapsedDays) / stability, w.decay)
  }

  /// The days after which recall falls to `retention` (unrounded): S / factor · (retention^(1/decay) − 1).
  public func interval(stability: Double, retention: Double) -> Double {
    stability / w.factor * (pow(retention, 1 / w.decay) - 1)
  }

  /// The memory after the first review.
  public func initialState(_ rating: ReviewRating) -> MemoryState {
    MemoryState(
      stability: max(w[rating.rawValue - 1], Self.minimumStability),
      difficulty: clampDifficulty(initialDifficulty(rating)))
  }

  /// D₀(G), not clamped (the mean-reversion target uses it as is).
  public func initialDifficulty(_ rating: ReviewRating) -> Double {
    w[4] - exp(w[5] * Double(rating.rawValue - 1)) + 1
  }

  /// The difficulty after a review rated `rating`.
  public func nextDifficulty(_ difficulty: Double, rating: ReviewRating) -> Double {
    let delta = -w[6] * Double(rating.rawValue - 3)
    let damped = difficulty + (10 - difficulty) * delta / 9
    return clampDifficulty(w[7] * initialDifficulty(.easy) + (1 - w[7]) * damped)
  }

  /// The stability after a recall (Hard, Good or Easy) at retrievability `retrievability`.
  public func recallStability(_ state: MemoryState, retrievability: Double, rating: ReviewRating) -> Double {
    let hardPenalty = rating == .hard ? w[15] : 1
    let easyBonus = rating == .easy ? w[16] : 1
    let growth =
      exp(w[8]) * (11 - state.difficulty) * pow(state.stability, -w[9])
      * (exp((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus
    return state.stability * (1 + growth)
  }

  /// The stability after a lapse (Again) at retrievability `retrievability`.
  public func lapseStability(_ state: MemoryState, retrievability: Double) -> Double {
    let longTerm =
      w[11] * pow(state.difficulty, -w[12]) * (pow(state.stability + 1, w[13]) - 1)
      * exp((1 - retrievability) * w[14])
    let shortTerm = state.stability / exp(w[17] * w[18])
    return min(longTerm, shortTerm)
  }

  /// The stability after a second review on the same day.
  public func sameDayStability(_ stability: Double, rating: ReviewRating) -> Double {
    var increase = exp(w[17] * (Double(rating.rawValue) - 3 + w[18])) * pow(stability, -w[19])
    if rating.isRecall { increase = max(increase, 1) }
    return stability * increase
  }

  /// The memory after a review rated `rating`, `elapsedDays` whole days after the previous one (nil for the first).
  public func next(_ state: MemoryState?, elapsedDays: Int, rating: ReviewRating) -> MemoryState {
    guard let state else { return initialState(rating) }
    let stability: Double
    if elapsedDays < 1 {
      stability = sameDayStability(state.stability, rating: rating)
    } else {
      let recall = retrievability(elapsedDays: Double(elapsedDays), stability: state.stability)
      stability =
        rating.isRecall
        ? recallStability(state, retrievability: recall, rating: rating)
        : lapseStability(state, retrievability: recall)
    }
    return MemoryState(
      stability: max(stability, Self.minimumStability),
      difficulty: nextDifficulty(state.difficulty, rating: rating))
  }

  private func clampDifficulty(_ difficulty: Double) -> Double {
    min(max(difficulty, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
  }
}
