import Foundation

/// Turns a parsed query into an FTS5 MATCH expression for one language's table.
///
/// Every user word goes through the table's `Analyzer` first; the expression holds only the resulting terms, each
/// inside a double-quoted FTS5 string (with any `"` doubled), joined by `AND`, `OR`, parentheses and the prefix
/// `*` that this builder writes itself. So no user text ever reaches MATCH as syntax.
///
/// - a word: its stem; as a prefix, `("stem" OR "surface" *)`;
/// - a joined word (`210-FZ`, `my.gov.uz`): the phrase of its parts, or its joined form;
/// - a `"phrase"`: the phrase of its stems;
/// - words forming a glossary term: that term or any equivalent form (`"elektron raqam imzo" OR "electron digit
///   signatur" OR "eri"`);
/// - with `corrections`, a misspelt word also accepts the listed vocabulary terms.
package struct MatchBuilder: Sendable {
  let analyzer: Analyzer
  let glossary: GlossaryMatcher?
  /// Each builder (one per language) remembers the words it has analyzed.
  private let words = QueryWordCache()

  init(analyzer: Analyzer, glossary: GlossaryMatcher?) {
    self.analyzer = analyzer
    self.glossary = glossary
  }

  /// Prefixes shorter than this (in folded characters) are searched as whole words: `a*` would match everything.
  static let minimumPrefixLength = 2

  /// One unit of the expression.
  enum Unit: Hashable {
    case word(Analyzer.Term, prefix: Bool)
    case joined([Analyzer.Term], prefix: Bool)
    case phrase([Analyzer.Term])
    case glossary(words: [Analyzer.Term], entry: Int, prefix: Bool)
  }

  /// The units of `query`, analyzed; with `glossary`, runs of words that form a glossary term are grouped.
  func units(of query: SearchQuery, glossary useGlossary: Bool = true) -> [Unit] {
    var units: [Unit] = []
    for item in query.items {
      switch item {
      case .word(let word, let prefix):
        let groups = words.wordGroups(word, analyzer)
        for (index, group) in groups.enumerated() {
          let isPrefix = prefix && index == groups.count - 1
          units.append(
            group.count == 1 ? .word(group[0], prefix: isPrefix) : .joined(group, prefix: isPrefix))
        }
      case .phrase(let text):
        let terms = words.wordGroups(text, analyzer).flatMap { $0 }
        if !terms.isEmpty { units.append(.phrase(terms)) }
      }
    }
    return useGlossary ? groupGlossaryTerms(units) : units
  }

  /// Replaces runs of words (single or joined, like `e-signature`) that form a glossary term by one glossary unit.
  func groupGlossaryTerms(_ units: [Unit]) -> [Unit] {
    guard let glossary else { return units }
    var grouped: [Unit] = []
    var index = 0
    while index < units.count {
      // The run of words starting here, flattened to terms; `starts[i]` is where unit `index + i` begins.
      var terms: [Analyzer.Term] = []
      var starts: [Int] = []
      var end = index
      collecting: while end < units.count {
        let parts: [Analyzer.Term]
        switch units[end] {
        case .word(let term, _): parts = [term]
        case .joined(let joined, _): parts = joined
        default: break collecting
        }
        starts.append(terms.count)
        terms += parts
        end += 1
      }
      guard end > index else {
        grouped.append(units[index])
        index += 1
        continue
      }
      let stems = terms.map(\.stem)
      let ends = Set(starts.dropFirst() + [stems.count])
      var position = index
      while position < end {
        let start = starts[position - index]
        if let match = glossary.match(stems, at: start, ends: ends),
          let last = (position..<end).first(where: {
            unitEnd($0, starts: starts, base: index, total: stems.count) == start + match.length
          })
        {
          grouped.append(
            .glossary(
              words: Array(terms[start..<start + match.length]), entry: match.entry,
              prefix: isPrefix(units[last])))
          position = last + 1
        } else {
          grouped.append(units[position])
          position += 1
        }
      }
      index = end
    }
    return grouped
  }

  /// Where the terms of unit `unit` end in the flattened run.
  private func unitEnd(_ unit: Int, starts: [Int], base: Int, total: Int) -> Int {
    unit - base + 1 < starts.count ? starts[unit - base + 1] : total
  }

  private func isPrefix(_ unit: Unit) -> Bool {
    switch unit {
    case .word(_, let prefix), .joined(_, let prefix): prefix
    default: false
    }
  }

  /// The MATCH expression for `units`, or nil when there is nothing to match. `corrections[i]` lists extra terms
  /// accepted for the word unit at index `i`.
  func expression(_ units: [Unit], corrections: [Int: [String]] = [:]) -> String? {
    Self.expression(alternatives(units, corrections: corrections))
  }

  /// `(a OR b) AND c`: each unit's alternatives, all units required (with `any`, `(a OR b) OR c`: any unit);
  /// nil for no units.
  static func expression(_ alternatives: [[String]], any: Bool = false) -> String? {
    let parts = alternatives.filter { !$0.isEmpty }.map {
      $0.count == 1 ? $0[0] : "(" + $0.joined(separator: " OR ") + ")"
    }
    return parts.isEmpty ? nil : parts.joined(separator: any ? " OR " : " AND ")
  }

  /// Whether `unit` is a finished word that `FunctionWords` lists (`qanday`, `what`, `bormi`, `как`).
  static func isFunctionWord(_ unit: Unit) -> Bool {
    guard case .word(let term, let prefix) = unit, !prefix else { return false }
    return FunctionWords.contains(term.surface)
  }

  /// For each phrase of `expression(alternatives)`, in order, the index of its unit among the non-empty units,
  /// plus `offset`: the groups `qomus_rank` counts as one term each.
  static func groups(_ alternatives: [[String]], offset: Int = 0) -> [Int] {
    alternatives.filter { !$0.isEmpty }.enumerated().flatMap { unit, alternatives in
      Array(repeating: unit + offset, count: alternatives.count)
    }
  }

  /// Several languages' alternatives of the same query as one list: unit by unit, any language's alternatives,
  /// each once. nil when the languages split the query into different numbers of units.
  static func merged(_ languages: [[[String]]]) -> [[String]]? {
    guard let first = languages.first, languages.allSatisfy({ $0.count == first.count }) else {
      return nil
    }
    return first.indices.map { index in
      var unique: [String] = []
      for language in languages {
        for alternative in language[index] where !unique.contains(alternative) {
          unique.append(alternative)
        }
      }
      return unique
    }
  }

  /// Each unit's alternatives, as FTS5 strings (a prefix with its `*`), without repeats.
  func alternatives(_ units: [Unit], corrections: [Int: [String]] = [:]) -> [[String]] {
    var result: [[String]] = []
    for (index, unit) in units.enumerated() {
      var alternatives: [String] = []
      switch unit {
      case .word(let term, let prefix):
        alternatives.append(Self.quoted([term.stem]))
        if let alternate = term.alternate { alternatives.append(Self.quoted([alternate])) }
        // `qonunmi` (with the question particle) is also `qonun`.
        if analyzer.stemming == .uzbek, let base = FunctionWords.withoutQuestionParticle(term.surface),
          let stem = analyzer.term(base)?.stem
        {
          alternatives.append(Self.quoted([stem]))
        }
        if prefix, term.surface.count >= Self.minimumPrefixLength {
          alternatives.append(Self.quoted([term.surface]) + " *")
        }
      case .joined(let terms, let prefix):
        alternatives.append(Self.quoted(terms.map(\.stem)))
        alternatives.append(Self.quoted([terms.map(\.surface).joined()]))
        if prefix, let last = terms.last {
          alternatives.append(Self.quoted(terms.dropLast().map(\.stem) + [last.surface]) + " *")
        }
      case .phrase(let terms):
        alternatives.append(Self.quoted(terms.map(\.stem)))
      case .glossary(let words, let entry, let prefix):
        alternatives.append(Self.quoted(words.map(\.stem)))
        if prefix, let last = words.last, last.surface.count >= Self.minimumPrefixLength {
          alternatives.append(Self.quoted(words.dropLast().map(\.stem) + [last.surface]) + " *")
        }
        for form in glossary?.forms(of: entry) ?? [] {
          alternatives.append(Self.quoted(form))
        }
      }
      for correction in corrections[index] ?? [] {
        alternatives.append(Self.quoted([correction]))
      }
      var unique: [String] = []
      for alternative in alternatives where !unique.contains(alternative) {
        unique.append(alternative)
      }
      result.append(unique)
    }
    return result
  }

  /// An FTS5 string of `terms`: `"a b"`, with any `"` doubled. Terms never contain spaces.
  package static func quoted(_ terms: [String]) -> String {
    let text = terms.joined(separator: " ")
    return "\"" + (text.contains("\"") ? text.replacingOccurrences(of: "\"", with: "\"\"") : text)
      + "\""
  }
}
