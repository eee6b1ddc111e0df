import QomusCore
import Testing

@testable import QomusTUI

/// The big letters of slide titles.
@Suite("Block font")
struct BlockFontTests {
  @Test func coversLettersDigitsAndUzbekApostrophes() {
    let characters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ʻʼ’‘“”«».,:;-–—()/!?&%+\"' "
    for character in characters {
      let glyph = BlockFont.glyph(character)
      #expect(glyph?.count == 5, "\(character)")
      #expect(Set(glyph?.map(\.count) ?? []).count == 1, "rows of \(character) have one width")
    }
    #expect(BlockFont.glyph("a") == BlockFont.glyph("A"), "lower case is drawn in capitals")
    #expect(BlockFont.glyph("ў") == nil, "Cyrillic has no glyph")
    #expect(BlockFont.glyph("ß") == nil, "a letter whose capital is two letters has none")
  }

  @Test func smallLettersAreThreeRowsOfHalfBlocks() throws {
    let rows = try #require(BlockFont.render("OK", scale: .small))
    #expect(rows == ["▄▀▄ █ █", "█ █ █▀▄", " ▀  ▀ ▀"])
    #expect(BlockFont.width(of: "OK", scale: .small) == 7)
    #expect(BlockFont.width(of: "OK", scale: .large) == 14)
    #expect(BlockFont.render("OK", scale: .large)?.count == 5)
  }

  @Test func titlesWrapAtWordsOrDoNotFit() throws {
    let title = try #require(BigTitle("Oʻzbekiston qonuni", scale: .small, width: 50, maxLines: 2))
    #expect(title.lines.count == 2)
    #expect(title.height == 7)
    #expect(title.rows.allSatisfy { TextLayout.width(of: $0) <= 50 })
    #expect(BigTitle("Oʻzbekiston qonuni", scale: .small, width: 50, maxLines: 1) == nil)
    #expect(BigTitle("Ўзбекистон", scale: .small, width: 200, maxLines: 3) == nil)
    #expect(BigTitle("Supercalifragilistic", scale: .small, width: 20, maxLines: 3) == nil)
  }

  @Test func slidesUseBigLettersWhenTheyFitAndBoldTextOtherwise() {
    var wide = ViewFixture.driver(200, 50)
    wide.keys("p")
    wide.press(.enter)
    #expect(wide.screen.text.contains("██"), "large letters at 200×50")
    var narrow = ViewFixture.driver(80, 24)
    narrow.keys("p")
    narrow.press(.enter)
    #expect(narrow.screen.text.contains("Law “On Electronic Government”"), "bold text at 80×24")
    narrow.keys("LL")
    #expect(
      narrow.screen.text.contains("“Электрон ҳукумат тўғрисида”ги Қонун"), "Cyrillic is set in text"
    )
  }
}
