/// Finds glossary terms in a query, for one analyzer: each form of each entry becomes a sequence of terms (stems),
/// matched against consecutive query words, longest first.
struct GlossaryMatcher: Sendable {
  /// One form, analyzed: its stems in order.
  typealias Form = [String]

  private let forms: [[Form]]
  /// First stem → (entry, form) pairs starting with it, longest form first.
  private let starts: [String: [(entry: Int, form: Form)]]

  init(_ glossary: Glossary, analyzer: Analyzer) {
    var forms: [[Form]] = []
    var starts: [String: [(entry: Int, form: Form)]] = [:]
    for (index, entry) in glossary.entries.enumerated() {
      var analyzed: [Form] = []
      for text in entry.forms {
        let form = analyzer.wordGroups(text).flatMap { $0.map(\.stem) }
        guard let first = form.first, !analyzed.contains(form) else { continue }
        analyzed.append(form)
        starts[first, default: []].append((index, form))
      }
      forms.append(analyzed)
    }
    self.forms = forms
    self.starts = starts.mapValues { $0.sorted { $0.form.count > $1.form.count } }
  }

  /// The longest glossary form that `stems[start...]` begins with and that ends at one of `ends` (a word
  /// boundary): its entry and length.
  func match(_ stems: [String], at start: Int, ends: Set<Int>) -> (entry: Int, length: Int)? {
    guard start < stems.count, let candidates = starts[stems[start]] else { return nil }
    for candidate in candidates where ends.contains(start + candidate.form.count) {
      if Array(stems[start..<start + candidate.form.count]) == candidate.form {
        return (candidate.entry, candidate.form.count)
      }
    }
    return nil
  }

  /// Every form of `entry`, analyzed.
  func forms(of entry: Int) -> [Form] {
    forms[entry]
  }
}
