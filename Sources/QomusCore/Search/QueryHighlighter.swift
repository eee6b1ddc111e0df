/// Marks the words of one query in texts of one language, as search meets them: folding, stems, a second reading,
/// and the last word as a prefix while typing. Function words count only in a query made of nothing else. Built
/// once per query, then asked about many texts (the lines of an opened card).
public struct QueryHighlighter: Sendable {
  private let analyzer: Analyzer
  private let wanted: [TitleMatch.Word]

  /// A highlighter for `query` over texts in `language`; `prefixLastWord` as the search ran.
  public init(query: String, language: Language, prefixLastWord: Bool = false) {
    analyzer = Analyzer.for(language)
    var wanted = TitleMatch.words(of: SearchQuery(query, prefixLastWord: prefixLastWord), analyzer: analyzer)
    if wanted.contains(where: { $0.weight == 1 }) { wanted.removeAll { $0.weight < 1 } }
    self.wanted = wanted
  }

  /// Whether the query has any word to mark.
  public var isEmpty: Bool { wanted.isEmpty }

  /// Where the query's words are in `text`, in text order: each word of `text` that meets a query word (a word
  /// the analyzer reads two ways meets it if either reading does).
  public func ranges(in text: String) -> [Range<String.Index>] {
    guard !wanted.isEmpty else { return [] }
    var ranges: [Range<String.Index>] = []
    var word: (terms: Set<String>, start: Int, end: Int)?
    func close() {
      guard let found = word else { return }
      let candidate = TitleMatch.Word(terms: found.terms, prefix: nil, weight: 1)
      if wanted.contains(where: { TitleMatch.meets($0, candidate) }) {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: found.start)
        let end = utf8.index(utf8.startIndex, offsetBy: found.end)
        ranges.append(start..<end)
      }
      word = nil
    }
    for token in analyzer.tokens(text) {
      if token.colocated, word != nil {
        word?.terms.insert(token.text)
        continue
      }
      close()
      word = ([token.text], token.start, token.end)
    }
    close()
    return ranges
  }
}
