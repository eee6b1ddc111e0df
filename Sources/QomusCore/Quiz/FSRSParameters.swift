import Foundation

/// The 21 weights of the FSRS-6 memory model.
///
/// ``fsrs6Defaults`` are the default parameters exactly as the reference implementations ship them:
/// `DEFAULT_PARAMETERS` in py-fsrs 6.3.2 (`fsrs/scheduler.py`, open-spaced-repetition/py-fsrs) and in fsrs-rs 6.6.1
/// (`src/inference.rs`); ts-fsrs ships the same values. They were fitted on the open srs-benchmark collections.
public struct FSRSParameters: Sendable, Hashable {
  /// w0 … w20. w0–w3: initial stability per rating; w4–w7: difficulty; w8–w10: stability after a recall;
  /// w11–w14: stability after a lapse; w15, w16: hard penalty and easy bonus; w17–w19: same-day reviews;
  /// w20: the decay of the forgetting curve.
  public let weights: [Double]

  public static let fsrs6Defaults = FSRSParameters(weights: [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
    0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ])

  /// Weights `w0 … w20`; there must be 21.
  public init(weights: [Double]) {
    precondition(weights.count == 21, "FSRS-6 has 21 parameters")
    self.weights = weights
  }

  public subscript(index: Int) -> Double { weights[index] }

  /// The exponent of the power forgetting curve, −w20.
  public var decay: Double { -weights[20] }

  /// The curve's factor, chosen so that retrievability is exactly 0.9 when the elapsed time equals the stability:
  /// 0.9^(1/decay) − 1.
  public var factor: Double { pow(0.9, 1 / decay) - 1 }
}
