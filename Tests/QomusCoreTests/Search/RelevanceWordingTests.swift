import Foundation
import Testing

@testable import QomusCore

/// The relevance suite's questions are written from the cards' own wording: most content words of each query are
/// words its expected card uses (as search meets them: folded, stemmed, either script), and a partial match lacks
/// some. This keeps the suite honest — a query built from words no card has would test nothing real, and one that
/// merely copies a card's title would not be a question.
@Suite("Relevance queries come from the cards' wording")
struct RelevanceWordingTests {
  /// The share of the query's distinct content words that the cards `ids` contain, and the words they lack. A word
  /// counts when it meets a word of a card's title, summary, body or fact-check notes in either language's analysis.
  static func coverage(of query: String, in ids: [String], corpus: Corpus) -> (share: Double, missing: [String]) {
    let cards = ids.compactMap { corpus[$0] }
    let terms = Dictionary(
      uniqueKeysWithValues: Language.allCases.map { language in
        let analyzer = Analyzer.for(language)
        let texts = cards.flatMap { card in
          Language.allCases.flatMap { [card.title[$0], card.summary[$0], card.body[$0]] }
            + card.notes.flatMap { note in Language.allCases.map { note.text[$0] } }
        }
        let words = TitleMatch.words(of: texts.joined(separator: "\n"), analyzer: analyzer)
        return (language, words.reduce(into: Set<String>()) { $0.formUnion($1.terms) })
      })
    var words: [String] = []
    for raw in query.split(whereSeparator: { $0.isWhitespace }) {
      let word = raw.trimmingCharacters(in: .punctuationCharacters.union(.symbols))
      guard !word.isEmpty, !FunctionWords.contains(TextFolding.fold(word)), !words.contains(word) else { continue }
      words.append(word)
    }
    guard !words.isEmpty else { return (0, []) }
    let missing = words.filter { word in
      Language.allCases.allSatisfy { language in
        let wanted = TitleMatch.words(of: SearchQuery(word), analyzer: .for(language))
        return wanted.allSatisfy { $0.terms.isDisjoint(with: terms[language] ?? []) }
      }
    }
    return (Double(words.count - missing.count) / Double(words.count), missing)
  }

  @Test func questionsLongAndPastedQueriesUseTheirCardsWords() {
    let corpus = ContentLoader.load(directory: RelevanceTests.contentDirectory).corpus
    let written = RelevanceCase.questions.filter { $0.category != .partial }
    #expect(written.count >= 60)
    for query in written {
      let (share, missing) = Self.coverage(of: query.query, in: query.expected, corpus: corpus)
      #expect(share >= 0.6, "\(query.category.rawValue): “\(query.query)” — missing \(missing)")
    }
  }

  @Test func aPartialMatchLacksSomeWordsButNotAll() {
    let corpus = ContentLoader.load(directory: RelevanceTests.contentDirectory).corpus
    for query in RelevanceCase.questions where query.category == .partial {
      let (share, missing) = Self.coverage(of: query.query, in: query.expected, corpus: corpus)
      #expect(share > 0 && share < 1, "“\(query.query)”: \(share), missing \(missing)")
    }
  }
}
