import Testing

@testable import QomusCore

@Suite("Indexed text")
struct IndexedTextTests {
  @Test func markdownSyntaxIsRemoved() {
    let markdown = """
      # Sarlavha
      > Iqtibos **muhim** soʻz
      - roʻyxat [havola](https://lex.uz) va __urgʻu__
      * ikkinchi
        + ichki
      Oddiy matn: 2*3 = 6, a_b.
      """
    #expect(
      IndexedText.fromMarkdown(markdown) == """
        Sarlavha
        Iqtibos muhim soʻz
        roʻyxat havola va urgʻu
        ikkinchi
        ichki
        Oddiy matn: 2*3 = 6, a_b.
        """)
  }

  @Test func markerCharactersNeverReachTheIndex() {
    #expect(IndexedText.line("ab\u{E010}cd") == "abcd")
    #expect(IndexedText.fromMarkdown("x\u{E010}y") == "xy")
    #expect(IndexedText.line("oʻzbek 中文") == "oʻzbek 中文")
  }
}
