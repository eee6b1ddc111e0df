extension SearchEngine {
  /// Where the words of `query` are in `text` (a card's body or summary in `language`), for highlighting an opened
  /// card: each word of `text` that meets a query word as search meets it (folding, stems, a second reading, the
  /// last word as a prefix while typing), in text order. Function words count only in a query made of nothing
  /// else.
  public static func wordRanges(
    of query: String, in text: String, language: Language, prefixLastWord: Bool = false
  ) -> [Range<String.Index>] {
    let parsed = SearchQuery(query, prefixLastWord: prefixLastWord)
    let analyzer = Analyzer.for(language)
    var wanted = TitleMatch.words(of: parsed, analyzer: analyzer)
    if wanted.contains(where: { $0.weight == 1 }) { wanted.removeAll { $0.weight < 1 } }
    guard !wanted.isEmpty else { return [] }
    var ranges: [Range<String.Index>] = []
    var word: (terms: Set<String>, start: Int, end: Int)?
    func close() {
      guard let found = word else { return }
      let title = TitleMatch.Word(terms: found.terms, prefix: nil, weight: 1)
      if wanted.contains(where: { TitleMatch.meets($0, title) }) {
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
