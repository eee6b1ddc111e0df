import Testing

@testable import QomusCore

@Suite("Text safety and dates")
struct TextTests {
  @Test func controlCharactersBecomeVisible() {
    let hostile = "a\u{1B}[31mred\u{07}\u{9B}2J\u{7F}"
    let safe = TerminalSanitizer.sanitize(hostile)
    #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    #expect(safe == "a␛[31mred␇\u{FFFD}2J␡")
  }

  @Test func newlinesAreKeptUnlessAsked() {
    #expect(TerminalSanitizer.sanitize("a\nb") == "a\nb")
    #expect(TerminalSanitizer.sanitize("a\nb", keepNewlines: false) == "a␊b")
    #expect(TerminalSanitizer.sanitize("oʻzbek ўзбек 中文") == "oʻzbek ўзбек 中文")
  }

  @Test func bidiOverridesAreRemoved() {
    #expect(TerminalSanitizer.sanitize("ab\u{202E}cd") == "abcd")
  }

  @Test(arguments: ["2003", "2003-12", "2003-12-11"])
  func partialDatesRoundTrip(_ text: String) {
    #expect(PartialDate(text)?.description == text)
  }

  @Test(arguments: ["03", "2003-1", "2003-00", "2003-12-32", "11 Dec 2003", "", "2003-12-11-1"])
  func malformedDatesAreRejected(_ text: String) {
    #expect(PartialDate(text) == nil)
  }

  @Test func datesOrderByKnownPrecision() {
    #expect(PartialDate("2003")! < PartialDate("2003-12")!)
    #expect(PartialDate("2003-12-11")! < PartialDate("2004")!)
  }

  @Test func apostropheCheckFindsOnlyWordInternalForeignApostrophes() {
    #expect(ApostropheCheck.offendingWords(in: "oʻzbek maʼlumot “qonun”") == [])
    #expect(
      ApostropheCheck.offendingWords(in: "o'zbek ma’lumot 'qonun' g`alaba") == [
        "o'zbek", "ma’lumot", "g`alaba",
      ])
  }
}
