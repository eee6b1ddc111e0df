/// The probability of recall at which a question comes back for review: 0.9 unless the student chooses another
/// value from 0.70 to 0.97. Lower means fewer, longer-spaced reviews and more forgetting.
public struct DesiredRetention: Sendable, Hashable, CustomStringConvertible {
  public let value: Double

  /// The values accepted.
  public static let range = 0.70...0.97
  /// FSRS's usual default.
  public static let standard = DesiredRetention(checked: 0.9)

  /// `value` if it lies in ``range``.
  public init(_ value: Double) throws(DesiredRetentionError) {
    guard value.isFinite, Self.range.contains(value) else { throw .outOfRange(value) }
    self.value = value
  }

  private init(checked value: Double) {
    self.value = value
  }

  public var description: String { String(value) }
}

/// A desired retention outside 0.70–0.97.
public enum DesiredRetentionError: Error, Sendable, Hashable, CustomStringConvertible {
  case outOfRange(Double)

  public var description: String {
    switch self {
    case .outOfRange(let value):
      "the desired retention must be from 0.70 to 0.97 (the probability of recalling a question when it comes "
        + "back), not \(value)"
    }
  }
}
