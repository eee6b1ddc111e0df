import Testing

@testable import QomusCore

@Suite("Search snippets")
struct SnippetTests {
  private func snippet(_ text: String, _ matches: [Range<Int>], words: Int = 6) -> String? {
    var text = text
    return text.withUTF8 { bytes in
      Snippet.highlighted(bytes, matches: matches, words: words)?.marked()
    }
  }

  @Test func marksMatchesAsWritten() {
    #expect(snippet("«Oʻzbekiston» maʼlumotlari.", [0..<1]) == "«[Oʻzbekiston]» maʼlumotlari.")
  }

  @Test func aPhraseIsOneMarkedRun() {
    #expect(snippet("Elektron raqamli imzo qonuni", [0..<3]) == "[Elektron raqamli imzo] qonuni")
  }

  @Test func separateMatchesAreMarkedSeparately() {
    #expect(
      snippet("huquqiy kuchini belgilaydi", [0..<1, 1..<2]) == "[huquqiy] [kuchini] belgilaydi")
  }

  @Test func longTextIsCutAroundTheMatch() {
    let text = (1...30).map { "w\($0)" }.joined(separator: " ")
    #expect(snippet(text, [14..<15], words: 5) == "…w13 w14 [w15] w16 w17…")
  }

  @Test func theWindowGoesWhereMostMatchesAre() {
    let text = (1...40).map { "w\($0)" }.joined(separator: " ")
    #expect(snippet(text, [1..<2, 30..<31, 32..<33], words: 6) == "…w29 w30 [w31] w32 [w33] w34…")
  }

  @Test func identifierPartsArePositions() {
    // 210-FZ is two positions: 210 and FZ.
    #expect(snippet("qonun 210-FZ bilan", [1..<3]) == "qonun [210-FZ] bilan")
  }

  @Test func lineBreaksAndTabsBecomeOneSpace() {
    #expect(snippet("birinchi\n\nikkinchi\tuchinchi", [1..<2]) == "birinchi [ikkinchi] uchinchi")
  }

  @Test func aMarkedRunIsOneSegment() {
    var text = "Elektron raqamli imzo qonuni"
    let highlighted = text.withUTF8 { Snippet.highlighted($0, matches: [0..<3], words: 6) }
    #expect(highlighted?.segments.map(\.text) == ["Elektron raqamli imzo", " qonuni"])
    #expect(highlighted?.segments.map(\.isHighlighted) == [true, false])
  }

  @Test func noMatchNoSnippet() {
    #expect(snippet("matn", []) == nil)
  }
}
