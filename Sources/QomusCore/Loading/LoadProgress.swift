/// How far a long first start has come: card files read, or cards indexed for search, of how many.
public struct LoadProgress: Sendable, Equatable {
  /// The work being counted.
  public enum Phase: Sendable, Equatable {
    /// Reading and parsing card files (`ContentLoader`).
    case reading
    /// Building the search index (`SearchEngine`).
    case indexing
  }

  public var phase: Phase
  public var completed: Int
  public var total: Int

  public init(_ phase: Phase = .reading, completed: Int, total: Int) {
    self.phase = phase
    self.completed = completed
    self.total = total
  }

  /// The fraction done, 0…1.
  public var fraction: Double { total == 0 ? 1 : Double(completed) / Double(total) }
}
