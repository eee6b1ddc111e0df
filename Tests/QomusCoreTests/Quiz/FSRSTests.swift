import Foundation
import Testing

@testable import QomusCore

/// The FSRS-6 formulas against values computed independently.
///
/// The expected numbers come from a separate 40-line Python script of the published formulas (no library; the
/// formulas as in py-fsrs 6.3.2 `fsrs/scheduler.py`), and were cross-checked against the `fsrs` 6.3.2 package itself
/// (`Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)`), which gave the same values to the
/// last digit or two. With the default weights: decay = −0.1542, factor = 0.9^(1/−0.1542) − 1 = 0.98034649441348.
@Suite("FSRS-6")
struct FSRSTests {
  let fsrs = FSRS()

  func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
  }

  @Test func theDefaultParametersAreTheOnesTheReferenceImplementationsShip() {
    #expect(
      FSRSParameters.fsrs6Defaults.weights == [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
        0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
      ])
    #expect(close(FSRSParameters.fsrs6Defaults.factor, 0.9803464944134797))
  }

  /// S₀(G) = w[G−1]; D₀(G) = w4 − e^(w5·(G−1)) + 1 clamped to 1…10:
  /// Again 6.4133 − 1 + 1 = 6.4133; Hard 6.4133 − e^0.8334 + 1 = 5.112170705601055;
  /// Good 6.4133 − e^1.6668 + 1 = 2.118103970459015; Easy 6.4133 − e^2.5002 + 1 = −4.7716 → 1.
  @Test func firstReviewsStartFromTheInitialStabilityAndDifficultyOfTheirRating() {
    let expected: [(ReviewRating, Double, Double)] = [
      (.again, 0.212, 6.4133), (.hard, 1.2931, 5.112170705601055), (.good, 2.3065, 2.118103970459015),
      (.easy, 8.2956, 1),
    ]
    for (rating, stability, difficulty) in expected {
      let state = fsrs.next(nil, elapsedDays: 0, rating: rating)
      #expect(state.stability == stability, "\(rating)")
      #expect(close(state.difficulty, difficulty), "\(rating)")
    }
    #expect(close(fsrs.initialDifficulty(.easy), -4.771630703161737), "the unclamped mean-reversion target")
  }

  /// R(t, S) = (1 + factor · t / S)^(−0.1542) with S = 2.3065: t = 1 → 0.9468474993825461, t = 5 →
  /// 0.8388614268145294, t = 30 → 0.6675263338730357; t = S → exactly 0.9; t = 0 → 1.
  @Test func retrievabilityFollowsThePowerForgettingCurve() {
    let s = 2.3065
    #expect(fsrs.retrievability(elapsedDays: 0, stability: s) == 1)
    #expect(close(fsrs.retrievability(elapsedDays: 1, stability: s), 0.9468474993825461))
    #expect(close(fsrs.retrievability(elapsedDays: 5, stability: s), 0.8388614268145294))
    #expect(close(fsrs.retrievability(elapsedDays: 30, stability: s), 0.6675263338730357))
    #expect(close(fsrs.retrievability(elapsedDays: s, stability: s), 0.9))
  }

  /// I(S, r) = S / factor · (r^(1/decay) − 1): at r = 0.9 the interval is S itself; for S = 2.3065 at r = 0.8 it
  /// is 7.64826124694176, at 0.7 21.422567142244866, at 0.97 0.5138154085775696.
  @Test func theIntervalAtADesiredRetention() {
    #expect(close(fsrs.interval(stability: 2.3065, retention: 0.9), 2.3065))
    #expect(close(fsrs.interval(stability: 2.3065, retention: 0.8), 7.64826124694176))
    #expect(close(fsrs.interval(stability: 2.3065, retention: 0.7), 21.422567142244866))
    #expect(close(fsrs.interval(stability: 2.3065, retention: 0.97), 0.5138154085775696))
  }

  /// Good at first (S 2.3065, D 2.118103970459015), Good again 2 days later: R = 0.9094932559773545,
  /// S′ = S · (1 + e^1.8722 · (11 − D) · S^(−0.1666) · (e^(0.796·(1−R)) − 1)) = 10.964332335820703,
  /// D′ = 0.001 · D₀(4) + 0.999 · (D + (10 − D) · 0 / 9) = 2.1112142357853942 (Good only reverts to the mean).
  @Test func aRecallGrowsStabilityAndRevertsDifficultyToTheMean() {
    let first = fsrs.next(nil, elapsedDays: 0, rating: .good)
    let second = fsrs.next(first, elapsedDays: 2, rating: .good)
    #expect(close(second.stability, 10.964332335820703))
    #expect(close(second.difficulty, 2.1112142357853942))
    let hard = fsrs.next(first, elapsedDays: 2, rating: .hard)
    #expect(close(hard.stability, 7.513320366762571), "× w15 = 0.6014 on the growth")
    #expect(close(hard.difficulty, 4.752858488532556), "D + (10 − D) · 3.0194 / 9, mean-reverted")
    let easy = fsrs.next(first, elapsedDays: 2, rating: .easy)
    #expect(close(easy.stability, 18.521754181758595), "× w16 = 1.8729 on the growth")
    #expect(easy.difficulty == 1, "clamped")
  }

  /// Then Again 11 days later (the interval at 0.9): R = 0.8997767176252719; the long-term post-lapse stability
  /// w11 · D^(−w12) · ((S + 1)^w13 − 1) · e^(w14·(1−R)) = 1.5383372358832696 is below the short-term bound
  /// S / e^(w17·w18) = 10.435062078007567, so S′ = 1.5383372358832696; D′ = 7.392238132342694.
  @Test func aLapseDropsStabilityToThePostLapseValue() {
    let second = MemoryState(stability: 10.964332335820703, difficulty: 2.1112142357853942)
    #expect(
      close(fsrs.retrievability(elapsedDays: 11, stability: second.stability), 0.8997767176252719))
    let lapsed = fsrs.next(second, elapsedDays: 11, rating: .again)
    #expect(close(lapsed.stability, 1.5383372358832696))
    #expect(close(lapsed.difficulty, 7.392238132342694))
    let early = fsrs.next(fsrs.initialState(.good), elapsedDays: 2, rating: .again)
    #expect(close(early.stability, 0.6075801062519337))
    #expect(close(early.difficulty, 7.394502741279718))
  }

  /// The same day: S′ = S · e^(w17·(G − 3 + w18)) · S^(−w19), at least S for a recall. Good: e^(0.5425·0.0912) ·
  /// 2.3065^(−0.0658) = 0.9957 < 1, so S stays 2.3065; Again: 0.7750839828558983.
  @Test func aSecondReviewOnTheSameDayUsesTheShortTermFormula() {
    let first = fsrs.initialState(.good)
    #expect(fsrs.next(first, elapsedDays: 0, rating: .good).stability == 2.3065)
    #expect(close(fsrs.next(first, elapsedDays: 0, rating: .again).stability, 0.7750839828558983))
  }
}
