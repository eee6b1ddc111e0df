/// The folding that makes notes searchable: the search analyzer's (`TextFolding.foldText`: case, every apostrophe
/// form or none, Uzbek Cyrillic in Latin, diacritics), so that `ozbekiston`, `o'zbekiston` and `ўзбекистон` all
/// find a note that says `Oʻzbekiston`, as card search does.
public enum NoteSearchText {
  /// `text` folded for matching: its words, folded, separated by single spaces.
  public static func fold(_ text: String) -> String {
    TextFolding.foldText(text)
  }

  /// What a note is matched against: its card id and its text, folded.
  static func document(cardID: String, text: String) -> String {
    fold(cardID + "\n" + text)
  }

  /// The folded words of a query; a note matches when its folded text contains every one. Empty when there is
  /// nothing to find.
  public static func terms(of query: String) -> [String] {
    fold(query).split(separator: " ").map(String.init)
  }
}
