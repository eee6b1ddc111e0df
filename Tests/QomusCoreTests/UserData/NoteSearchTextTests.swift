import Foundation
import Testing

@testable import QomusCore

@Suite("Note search text")
struct NoteSearchTextTests {
  @Test func everyApostropheFormAndNoneFoldToOne() {
    let forms = ["o'z", "o‘z", "o’z", "oʻz", "oʼz", "o`z", "o´z", "oʹz", "o′z", "Oʻz", "O'Z", "oz"]
    #expect(Set(forms.map(NoteSearchText.fold)) == ["oz"])
  }

  @Test func cyrillicFoldsToLatin() {
    #expect(NoteSearchText.fold("ЎЗБЕКИСТОН") == "ozbekiston")
    #expect(NoteSearchText.fold("“Oʻzbekiston” Respublikasi!") == "ozbekiston respublikasi")
  }

  @Test func decomposedLettersMatchComposedOnes() {
    #expect(NoteSearchText.fold("e\u{301}") == NoteSearchText.fold("\u{E9}"))
  }

  @Test func aQueryIsSplitIntoFoldedWords() {
    #expect(NoteSearchText.terms(of: "  Maʼlumot   X-Road ") == ["malumot", "x", "road"])
    #expect(NoteSearchText.terms(of: " \n ").isEmpty)
  }

  @Test func notesSearchFindsEveryWayOfWritingAWord() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "qomus-note-fold-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let store = try UserStore.open(directory: directory)
    _ = try store.saveNote(cardID: "act-uz-egov-law", text: "Oʻzbekistonda elektron hukumat")
    for query in ["ozbekiston", "o'zbekiston", "ўзбекистон", "ЎЗБЕКИСТОНДА", "o‘zbekistonda"] {
      #expect(try store.searchNotes(query).map(\.cardID) == ["act-uz-egov-law"], "\(query)")
    }
    #expect(try store.searchNotes("toshkent").isEmpty)
  }
}
