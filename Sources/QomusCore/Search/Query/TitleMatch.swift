/// How wholly a query covers a card's title, for exactness: a card whose title the query names, wholly or nearly
/// (`Law On Personal Data`, `shaxsga doir maʼlumotlar toʻgʻrisidagi qonun`), ranks above cards that only mention the
/// words, the one whose title is closest to the query first (Meilisearch's `exactness` rule, by title).
///
/// Words meet as the index meets them (stem, folded surface, second reading; a word being typed as a prefix);
/// `FunctionWords` weigh `functionWordWeight`, other words 1.
struct TitleMatch: Sendable {
  /// One word: every term it is indexed or searched as, and its weight.
  struct Word: Sendable, Hashable {
    var terms: Set<String>
    /// The folded text of a word being typed, which matches any term it starts.
    var prefix: String?
    var weight: Double
  }

  static let functionWordWeight = 0.2
  /// A title counts as named when the query covers this share of its weight…
  static let minimumCoverage = 0.75
  /// …and the title this share of the query's and the title's weight together (a long paste that happens to
  /// contain a short title's words does not name it).
  static let minimumCloseness = 0.4

  /// The share of the title's weight the query covers, and matched weight / (title weight + unmatched query weight).
  struct Score: Sendable, Hashable {
    var coverage = 0.0
    var closeness = 0.0

    /// Whether the query names the title.
    var isNamed: Bool {
      coverage >= TitleMatch.minimumCoverage && closeness >= TitleMatch.minimumCloseness
    }
  }

  /// The words of `text` as `analyzer` indexes them.
  static func words(of text: String, analyzer: Analyzer) -> [Word] {
    var words: [Word] = []
    for token in analyzer.tokens(text) {
      if token.colocated, !words.isEmpty {
        words[words.count - 1].terms.insert(token.text)
      } else {
        words.append(Word(terms: [token.text], prefix: nil, weight: 1))
      }
    }
    for index in words.indices where words[index].terms.contains(where: FunctionWords.folded.contains) {
      words[index].weight = functionWordWeight
    }
    return words
  }

  /// The words of `query` as `analyzer` searches them.
  static func words(of query: SearchQuery, analyzer: Analyzer) -> [Word] {
    var words: [Word] = []
    for item in query.items {
      let (text, prefix) =
        switch item {
        case .word(let word, let prefix): (word, prefix)
        case .phrase(let phrase): (phrase, false)
        }
      let groups = analyzer.wordGroups(text)
      for (groupIndex, group) in groups.enumerated() {
        for (index, term) in group.enumerated() {
          var terms: Set<String> = [term.stem, term.surface]
          if let alternate = term.alternate { terms.insert(alternate) }
          if let base = FunctionWords.withoutQuestionParticle(term.surface),
            let stem = analyzer.term(base)?.stem
          {
            terms.insert(stem)
          }
          let isOpen = prefix && groupIndex == groups.count - 1 && index == group.count - 1
          let weight = !isOpen && FunctionWords.contains(term.surface) ? functionWordWeight : 1
          words.append(Word(terms: terms, prefix: isOpen ? term.surface : nil, weight: weight))
        }
      }
    }
    return words
  }

  /// How `query` covers `title`.
  static func score(title: [Word], query: [Word]) -> Score {
    let titleWeight = title.reduce(0) { $0 + $1.weight }
    guard titleWeight > 0, !query.isEmpty else { return Score() }
    var matchedTitle = 0.0
    var matchesContent = false
    var queryMatched = Array(repeating: false, count: query.count)
    for word in title {
      var matched = false
      for (index, queryWord) in query.enumerated() where meets(queryWord, word) {
        matched = true
        queryMatched[index] = true
      }
      if matched {
        matchedTitle += word.weight
        if word.weight == 1 { matchesContent = true }
      }
    }
    guard matchesContent else { return Score() }
    var unmatchedQuery = 0.0
    for (index, word) in query.enumerated() where !queryMatched[index] { unmatchedQuery += word.weight }
    return Score(
      coverage: matchedTitle / titleWeight, closeness: matchedTitle / (titleWeight + unmatchedQuery))
  }

  static func meets(_ query: Word, _ title: Word) -> Bool {
    if !query.terms.isDisjoint(with: title.terms) { return true }
    if let prefix = query.prefix, prefix.utf8.count >= MatchBuilder.minimumPrefixLength {
      return title.terms.contains { $0.hasPrefix(prefix) }
    }
    return false
  }
}
