import Foundation

/// The `kind:`, `jur:`, `topic:` and `year:` filters of a query. Repeating a key widens it (`kind:act kind:proposal`
/// is either); different keys must all hold.
public struct SearchFilters: Sendable, Hashable {
  public var kinds: Set<CardKind> = []
  public var jurisdictions: Set<Jurisdiction> = []
  public var topics: Set<Topic> = []
  /// Years (of adoption, else entry into force); cards without a year never match.
  public var years: ClosedRange<Int>?
  /// Set when some filter named nothing (`kind:xyz`, `year:soon`): then no card matches.
  public var isUnsatisfiable = false

  public init() {}

  /// True when no filter is set.
  public var isEmpty: Bool {
    kinds.isEmpty && jurisdictions.isEmpty && topics.isEmpty && years == nil && !isUnsatisfiable
  }

  /// Whether `card` passes every filter.
  public func matches(_ card: Card) -> Bool {
    guard !isUnsatisfiable else { return false }
    if !kinds.isEmpty, !kinds.contains(card.kind) { return false }
    if !jurisdictions.isEmpty, !jurisdictions.contains(card.jurisdiction) { return false }
    if !topics.isEmpty, topics.isDisjoint(with: card.topics) { return false }
    if let years {
      guard let year = card.year, years.contains(year) else { return false }
    }
    return true
  }

  /// The filter keys a query understands (`jurisdiction` is a synonym of `jur`).
  static let keys: Set<String> = ["kind", "jur", "jurisdiction", "topic", "year"]

  /// Applies `key:value`; returns false when `value` names nothing. Names match whole or by prefix, in either
  /// language and without apostrophes: `kind:proposal`, `kind:prop`, `kind:taklif`, `jur:ee`, `jur:estoniya`,
  /// `topic:personal-data`, `topic:personal`, `year:2002`, `year:2000-2005`.
  @discardableResult
  mutating func apply(key: String, value: String) -> Bool {
    let wanted = TextFolding.fold(value)
    switch key {
    case "kind":
      let found = Self.named(wanted, in: Self.kindNames)
      kinds.formUnion(found)
      return record(!found.isEmpty)
    case "jur", "jurisdiction":
      let found = Self.named(wanted, in: Self.jurisdictionNames)
      jurisdictions.formUnion(found)
      return record(!found.isEmpty)
    case "topic":
      let found = Self.named(wanted, in: Self.topicNames)
      topics.formUnion(found)
      return record(!found.isEmpty)
    case "year":
      guard let range = Self.yearRange(value) else { return record(false) }
      years =
        years.map { min($0.lowerBound, range.lowerBound)...max($0.upperBound, range.upperBound) }
        ?? range
      return true
    default:
      return record(false)
    }
  }

  private mutating func record(_ found: Bool) -> Bool {
    if !found { isUnsatisfiable = true }
    return found
  }

  /// Each case with its names, folded and with spaces as hyphens, as `wanted` is compared with them.
  private static func foldedNames<Value>(_ cases: [Value], _ names: (Value) -> [String]) -> [(
    Value, [String]
  )] {
    cases.map { value in
      (value, names(value).map { TextFolding.fold($0).replacingOccurrences(of: " ", with: "-") })
    }
  }

  private static let kindNames = foldedNames(CardKind.allCases) {
    [$0.rawValue, $0.singularName.uz, $0.singularName.en, $0.pluralName.uz, $0.pluralName.en]
  }
  private static let jurisdictionNames = foldedNames(Jurisdiction.allCases) {
    [$0.rawValue, $0.name.uz, $0.name.en]
  }
  private static let topicNames = foldedNames(Topic.allCases) {
    [$0.rawValue, $0.name.uz, $0.name.en]
  }

  /// The cases one of whose names equals `wanted` (folded), else those a name starts with it, else those with a
  /// name containing it.
  private static func named<Value>(_ wanted: String, in cases: [(Value, [String])]) -> [Value] {
    guard !wanted.isEmpty else { return [] }
    for test in [
      { (name: String) in name == wanted }, { $0.hasPrefix(wanted) }, { $0.contains(wanted) },
    ] {
      let found = cases.filter { $0.1.contains(where: test) }.map(\.0)
      if !found.isEmpty { return found }
    }
    return []
  }

  /// `2002`, `2000-2005`, `2000..2005`.
  private static func yearRange(_ value: String) -> ClosedRange<Int>? {
    let parts =
      value.contains("..")
      ? value.components(separatedBy: "..")
      : value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    let years = parts.compactMap { part -> Int? in
      guard (1...4).contains(part.count), part.allSatisfy(\.isASCII) else { return nil }
      return Int(part)
    }
    guard years.count == parts.count, let first = years.first, let last = years.last,
      years.count <= 2,
      first <= last
    else { return nil }
    return first...last
  }
}
