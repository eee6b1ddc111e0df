extension SearchEngine {
  /// Where the words of `query` are in `text` (a card's body or summary in `language`), for highlighting an opened
  /// card; see ``QueryHighlighter``.
  public static func wordRanges(
    of query: String, in text: String, language: Language, prefixLastWord: Bool = false
  ) -> [Range<String.Index>] {
    QueryHighlighter(query: query, language: language, prefixLastWord: prefixLastWord).ranges(in: text)
  }
}
