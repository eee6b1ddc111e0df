import Foundation

/// The folding that makes notes searchable: lower case, NFC, one apostrophe for every Uzbek apostrophe form, so that
/// `o'zbek`, `oʻzbek`, `o‘zbek` and `O’ZBEK` match each other.
public enum NoteSearchText {
  /// The apostrophe forms people type for ʻ and ʼ: ', ‘, ’, ʻ, ʼ, `, ´ (and ʹ, ′).
  static let apostrophes: Set<Unicode.Scalar> = [
    "\u{27}", "\u{2018}", "\u{2019}", "\u{02BB}", "\u{02BC}", "\u{60}", "\u{B4}", "\u{02B9}",
    "\u{2032}",
  ]

  /// `text` folded for matching.
  public static func fold(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
      scalars.append(apostrophes.contains(scalar) ? "'" : scalar)
    }
    return String(scalars)
  }

  /// What a note is matched against: its card id and its text, folded.
  static func document(cardID: String, text: String) -> String {
    fold(cardID + "\n" + text)
  }

  /// The folded words of a query; a note matches when it contains every one. Empty when there is nothing to find.
  public static func terms(of query: String) -> [String] {
    fold(query).split(whereSeparator: { $0.isWhitespace }).map(String.init)
  }
}
