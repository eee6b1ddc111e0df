import Testing

@testable import QomusCore

@Suite("Note search text")
struct NoteSearchTextTests {
  @Test func everyApostropheFormFoldsToOne() {
    let forms = ["o'z", "o‘z", "o’z", "oʻz", "oʼz", "o`z", "o´z", "Oʻz", "O'Z"]
    #expect(Set(forms.map(NoteSearchText.fold)) == ["o'z"])
  }

  @Test func decomposedLettersMatchComposedOnes() {
    #expect(NoteSearchText.fold("e\u{301}") == NoteSearchText.fold("\u{E9}"))
  }

  @Test func aQueryIsSplitIntoFoldedWords() {
    #expect(NoteSearchText.terms(of: "  Maʼlumot   X-Road ") == ["ma'lumot", "x-road"])
    #expect(NoteSearchText.terms(of: " \n ").isEmpty)
  }
}
