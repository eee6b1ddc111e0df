import Testing

@testable import QomusCore

@Suite("Typo corrections")
struct VocabularyTests {
  private static let terms = [
    "gosuslugi", "xizmat", "xizmatlar", "hukumat", "hukumati", "elektron", "axborot", "axborotlar", "qonun",
    "kodeks", "kodeksi", "ozbekiston", "uzbekiston", "informatsiya", "informatization", "signature", "signatures",
    "raqamli", "araqamli", "aqamli", "qaramli", "raqamlx",
  ]
  private static let vocabulary = Vocabulary(terms)

  /// All terms one edit away, by comparing with every term: what the bucketed search must equal.
  private func bruteForce(_ word: String) -> Set<String> {
    guard word.count >= Vocabulary.minimumCorrectedLength else { return [] }
    let bytes = Array(word.utf8)
    return Set(Self.terms.filter { $0 != word && Vocabulary.isWithinOneEdit(bytes, Array($0.utf8)) })
  }

  @Test(arguments: [
    "gosusulgi", "Gosuslugi".lowercased(), "xizmta", "hukumat", "hukumta", "elektorn", "lektron", "eelektron",
    "zelektron", "kodeksx", "axborotlr", "ozbekistan", "ragamli", "aqramli", "raqamli", "qonun", "xyz",
  ])
  func bucketsFindWhatAFullScanFinds(_ word: String) {
    let found = Self.vocabulary.corrections(of: word)
    #expect(Set(found) == bruteForce(word))
    #expect(found.count <= Vocabulary.maximumCorrections)
  }

  @Test func editsAtTheStartAndTheEndAreFound() {
    #expect(Self.vocabulary.corrections(of: "zlektron") == ["elektron"])  // first letter replaced
    #expect(Self.vocabulary.corrections(of: "lektron") == ["elektron"])  // first letter dropped
    #expect(Self.vocabulary.corrections(of: "elektrox") == ["elektron"])  // last letter replaced
    #expect(Self.vocabulary.corrections(of: "leektron") == ["elektron"])  // first two swapped
    #expect(Self.vocabulary.corrections(of: "elektron").isEmpty)  // no term here is one edit from it
  }
}
