/// Escaping for text placed in Markdown that an export writes.
enum MarkdownEscape {
  /// `text` with the characters that would start Markdown markup inline escaped.
  static func inline(_ text: String) -> String {
    var result = ""
    for character in text {
      if "\\*_[]<>`".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
