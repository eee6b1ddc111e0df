/// A date known to the year, the month or the day: `2003`, `2003-12`, `2003-12-11`.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int?
  public var day: Int?

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or an impossible month or day.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else {
      return nil
    }
    self.year = year
    if parts.count > 1 {
      guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else {
        return nil
      }
      self.month = month
    }
    if parts.count > 2 {
      guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return nil }
      self.day = day
    }
  }

  public var description: String {
    var text = String(format: "%04d", year)
    if let month { text += String(format: "-%02d", month) }
    if let day { text += String(format: "-%02d", day) }
    return text
  }

  public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }
}
