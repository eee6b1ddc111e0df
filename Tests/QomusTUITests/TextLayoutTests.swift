import QomusCore
import Testing

/// `TextLayout` (in QomusCore): widths for every script, wrapping, truncation, control characters.
@Suite("Text layout")
struct TextLayoutTests {
  @Test(arguments: [
    ("abc", 3), ("Oʻzbekiston", 11), ("maʼlumot", 8), ("ўзбек", 5), ("中文", 4), ("e\u{301}", 1),
    ("👍", 2),
    ("⚠", 1), ("a\u{200B}b", 2), ("한국", 4), ("…", 1), ("", 0),
  ])
  func displayWidth(_ text: String, _ width: Int) {
    #expect(TextLayout.width(of: text) == width)
  }

  @Test func truncationEndsInAnEllipsisWithinTheWidth() {
    #expect(TextLayout.truncate("Hello world", to: 8) == "Hello w…")
    #expect(TextLayout.truncate("Hello", to: 5) == "Hello")
    #expect(TextLayout.truncate("中文中文", to: 5) == "中文…")
    #expect(TextLayout.truncate("Hello world", to: 6) == "Hello…", "no space before the ellipsis")
    #expect(TextLayout.truncate("abc", to: 0) == "")
    #expect(TextLayout.truncate("oʻzbekiston", to: 4) == "oʻz…")
  }

  @Test func paddingFillsExactly() {
    #expect(TextLayout.pad("ab", to: 4) == "ab  ")
    #expect(TextLayout.width(of: TextLayout.pad("中文中文", to: 5)) == 5)
  }

  @Test func wrapsAtWordsAndBreaksLongWords() {
    #expect(TextLayout.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
    #expect(TextLayout.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    #expect(TextLayout.wrap("a  b", width: 10) == ["a b"])
    #expect(TextLayout.wrap("one\ntwo", width: 10) == ["one", "two"])
    #expect(TextLayout.wrap("", width: 10) == [])
    #expect(TextLayout.wrap("中文中文中文", width: 5) == ["中文", "中文", "中文"])
  }

  @Test func wrappedLinesNeverExceedTheWidth() {
    let text =
      "Oʻzbekiston Respublikasining “Elektron hukumat toʻgʻrisida”gi Qonuni (ZRU-395) 中文 e\u{301}tude "
      + String(repeating: "x", count: 37) + " ўзбек 👍👍 end"
    for width in 1...40 {
      let lines = TextLayout.wrap(text, width: width)
      #expect(lines.allSatisfy { TextLayout.width(of: $0) <= max(width, 2) }, "width \(width)")
      #expect(
        lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "nothing lost at \(width)"
      )
    }
  }

  @Test func styledRunsKeepTheirStylesAcrossLines() {
    typealias Run = TextLayout.Run<Int>
    let lines = TextLayout.wrap(
      [Run("plain ", 0), Run("bold words", 1), Run(", end", 0)], width: 11)
    #expect(lines == [[Run("plain ", 0), Run("bold", 1)], [Run("words", 1), Run(", end", 0)]])
  }

  @Test func controlCharactersBecomePlaceholders() {
    #expect(TextLayout.clean("a\u{1B}[2Jb\u{07}\tc\nd") == "a␛[2Jb␇ c d")
    #expect(TextLayout.wrap("x\u{1B}y", width: 10) == ["x␛y"])
    #expect(TextLayout.truncate("\u{9B}31m", to: 10) == "\u{FFFD}31m")
  }
}
