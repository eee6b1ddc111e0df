import QomusCore
import Testing

@testable import QomusTUI

/// Card bodies: blocks and inline styles.
@Suite("Markdown")
struct MarkdownTests {
  @Test func blocks() {
    let text = """
      First line
      continues here.

      - one
      - two
        wrapped
      1. first

      > quoted
      > still

      ## Heading
      ---
      """
    #expect(
      Markdown.blocks(text) == [
        .paragraph("First line continues here."), .bullet("one"), .bullet("two wrapped"),
        .numbered("1.", "first"), .quote("quoted still"), .heading("Heading"), .rule,
      ])
  }

  @Test func inlineStyles() {
    let spans = Markdown.inline("a **b** *c* `d` [e](f) 2 * 3", base: .normal) { $0 }
    #expect(
      spans == [
        Span("a ", role: .normal), Span("b", role: .bold), Span(" ", role: .normal),
        Span("c", role: .italic),
        Span(" ", role: .normal), Span("d", role: .code), Span(" ", role: .normal),
        Span("e", role: .link),
        Span(" (f)", role: .dim), Span(" 2 * 3", role: .normal),
      ])
  }

  @Test func unclosedMarkersStayText() {
    #expect(Markdown.inline("**open", base: .normal) { $0 } == [Span("**open", role: .normal)])
    #expect(Markdown.inline("a * b", base: .normal) { $0 } == [Span("a * b", role: .normal)])
  }

  @Test func listsHangAndQuotesAreMarked() {
    let lines = Markdown.render("- alpha beta gamma\n\n> delta epsilon", width: 12) { $0 }
    let text = lines.map { $0.map(\.text).joined() }
    #expect(text == ["• alpha beta", "  gamma", "", "│ delta", "│ epsilon"])
    #expect(lines[3][1].role == .quote)
  }

  @Test func scriptAppliesToTextNotMarkup() {
    let spans = Markdown.inline("**bold** plain", base: .normal) { $0.uppercased() }
    #expect(spans.map(\.text) == ["BOLD", " PLAIN"])
  }
}
