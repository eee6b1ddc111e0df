/// Renders a proposal brief as one self-contained HTML page (inline CSS, no scripts) laid out to print on one
/// sheet. Everything is escaped here; no card body is included.
struct HTMLBrief {
  let brief: ProposalBrief

  func render() -> String {
    let proposal = brief.proposal
    let title = esc(brief.text(proposal.title))
    var out = [
      "<!DOCTYPE html>",
      "<html lang=\"\(brief.language.rawValue)\">",
      "<head>",
      "<meta charset=\"utf-8\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<meta name=\"generator\" content=\"Qomus\">",
      "<title>\(title)</title>",
      "<style>\n\(HTMLStyle.briefCSS)\n</style>",
      "</head>",
      "<body class=\"brief\">",
      "<header>",
      "<p class=\"kicker\">\((brief.kicker.map(esc) + ["<code>\(proposal.id)</code>"]).joined(separator: " · "))</p>",
      "<h1>\(title)</h1>",
      "<p class=\"summary\">\(esc(brief.text(proposal.summary)))</p>",
      "</header>",
      "<main>",
    ]
    out.append(
      section("fixes", BriefText.fixes, brief.fixes) {
        "<strong>\(esc(brief.text($0.card.title)))</strong> — \(esc(brief.text($0.sentence)))"
      })
    out.append(
      section("models", BriefText.drawsOn, brief.models) {
        "<strong>\(esc(brief.text($0.card.title)))</strong> <span class=\"facts\">(\(esc(brief.facts(of: $0.card))))</span> — "
          + esc(brief.text($0.sentence))
      })
    out.append(
      section("changes", BriefText.changes, brief.changes) {
        "<strong>\(esc(brief.text($0.card.title)))</strong> — <span class=\"facts\">\(esc(brief.facts(of: $0.card)))</span>"
      })
    out.append(caveats())
    out.append(sources())
    out += [
      "<section id=\"citation\">",
      "<h2>\(esc(brief.text(HandoutText.howToCite)))</h2>",
      "<p class=\"citation\">\(esc(brief.citation.text(.plain, language: brief.language, accessed: brief.accessed, script: brief.script)))</p>",
      "</section>",
      "</main>",
      "<footer>\(esc(brief.text(BriefText.generated(brief.cards.count))))</footer>",
      "</body>",
      "</html>",
    ]
    return out.joined(separator: "\n") + "\n"
  }

  private func section(
    _ id: String, _ heading: LocalizedText, _ items: [ProposalBrief.Item],
    item: (ProposalBrief.Item) -> String
  ) -> String {
    var out = ["<section id=\"\(id)\">", "<h2>\(esc(brief.text(heading)))</h2>", "<ul>"]
    out += items.isEmpty ? ["<li>\(esc(brief.text(BriefText.none)))</li>"] : items.map { "<li>\(item($0))</li>" }
    out += ["</ul>", "</section>"]
    return out.joined(separator: "\n")
  }

  private func caveats() -> String {
    var out = [
      "<section id=\"caveats\" class=\"fact-check\">", "<h2>⚠ \(esc(brief.text(BriefText.caveats)))</h2>",
    ]
    guard !brief.caveats.isEmpty else {
      out += ["<p>\(esc(brief.text(BriefText.noCaveats)))</p>", "</section>"]
      return out.joined(separator: "\n")
    }
    out += [
      "<p class=\"lead\">\(esc(brief.text(BriefText.caveatsLead))) (<code>\(BriefText.showCommand)</code>).</p>",
      "<ul>",
    ]
    for group in brief.caveatGroups {
      let lines = group.lines.map { esc(brief.text($0)) }.joined(separator: " · ")
      out.append("<li><strong>\(esc(brief.text(group.card.title))):</strong> \(lines)</li>")
    }
    out += ["</ul>", "</section>"]
    return out.joined(separator: "\n")
  }

  private func sources() -> String {
    let sources = brief.sources
    var out = ["<section id=\"sources\">", "<h2>\(esc(brief.text(CardFacts.Labels.sources)))</h2>", "<ol>"]
    if !sources.sections.isEmpty, let article = sources.basis(brief.language, script: brief.script).first {
      out.append("<li>\(esc(article))</li>")
    }
    for page in sources.pages {
      let safe = page.url.lowercased().hasPrefix("https://") || page.url.lowercased().hasPrefix("http://")
      let link = safe ? "<a href=\"\(esc(page.url))\">\(esc(page.url))</a>" : esc(page.url)
      out.append("<li>" + (page.label.map { esc(brief.text($0)) + ": " } ?? "") + link + "</li>")
    }
    out += ["</ol>", "</section>"]
    return out.joined(separator: "\n")
  }

  private func esc(_ text: String) -> String { HTMLEscape.text(text) }
}
