import Foundation

/// Full-text search over the corpus. Placeholder until the FTS5 index lands: a plain case-insensitive scan.
public final class SearchEngine: Sendable {
  private let corpus: Corpus

  /// Builds (or opens from `cacheDirectory`) the index of `corpus`.
  public init(corpus: Corpus, cacheDirectory: URL? = nil) throws {
    self.corpus = corpus
  }

  /// The best matches for `query`, best first. Never throws: any input gives results or none.
  public func search(_ query: String, options: SearchOptions = SearchOptions()) -> [SearchHit] {
    let needle = query.lowercased().trimmingCharacters(in: .whitespaces)
    guard !needle.isEmpty else { return [] }
    var hits: [SearchHit] = []
    for card in corpus.cards where options.kind == nil || card.kind == options.kind {
      for language in Language.allCases where options.language == nil || options.language == language {
        let text = card.title[language] + " " + card.summary[language] + " " + card.body[language]
        if text.lowercased().contains(needle) {
          let snippet = HighlightedText(segments: [.init(text: card.summary[language], isHighlighted: false)])
          hits.append(
            SearchHit(id: card.id, kind: card.kind, title: card.title, score: 1, language: language, snippet: snippet))
          break
        }
      }
    }
    return Array(hits.prefix(options.limit))
  }
}
