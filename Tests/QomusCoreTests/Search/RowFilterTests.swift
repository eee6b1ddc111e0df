import Testing

@testable import QomusCore

@Suite("Filters applied while ranking")
struct RowFilterTests {
  private static let corpus = SearchTestCorpus.corpus

  /// Every combination the query syntax can express, on every card: the packed filter decides as
  /// `SearchFilters.matches` does.
  @Test func packedFiltersDecideAsSearchFilters() {
    let attributes = CardAttributes(Self.corpus)
    let queries = [
      "kind:act", "kind:proposal kind:platform", "jur:RU", "jur:uz jur:ee", "topic:legal-basis",
      "topic:mandatory-e-services topic:personal-data", "year:2003", "year:2000-2012",
      "kind:act year:2015",
      "jur:UZ topic:legal-basis year:1990-2030", "kind:xyz", "year:soon",
      "kind:analogue jur:RU year:2010",
    ]
    for query in queries {
      let filters = SearchQuery(query).filters
      let packed = RowFilter(filters, attributes: attributes)
      for (position, card) in Self.corpus.cards.enumerated() {
        #expect(
          packed.allows(Int64(position + 1)) == filters.matches(card), "\(query) on \(card.id)")
      }
    }
  }

  @Test func rowidsOutsideTheCorpusAreRefused() {
    let packed = RowFilter(SearchFilters(), attributes: CardAttributes(Self.corpus))
    #expect(packed.allows(1))
    #expect(!packed.allows(0))
    #expect(!packed.allows(Int64(Self.corpus.cards.count + 1)))
  }
}
