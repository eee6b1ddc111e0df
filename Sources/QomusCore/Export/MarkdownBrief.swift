/// Renders a proposal brief as Markdown: the title and summary, then what it fixes, draws on and changes (one line
/// each), the fact-check caveats, the sources and the citation — well within a printed page.
struct MarkdownBrief {
  let brief: ProposalBrief

  func render() -> String {
    let proposal = brief.proposal
    var out = ["# " + escape(brief.text(proposal.title))]
    out.append("*" + (brief.kicker.map(escape) + ["`\(proposal.id)`"]).joined(separator: " · ") + "*")
    out.append(escape(brief.text(proposal.summary)))
    out.append(
      section(BriefText.fixes, brief.fixes) {
        "**\(escape(brief.text($0.card.title)))** — " + escape(brief.text($0.sentence))
      })
    out.append(
      section(BriefText.drawsOn, brief.models) {
        "**\(escape(brief.text($0.card.title)))** (\(escape(brief.facts(of: $0.card)))) — "
          + escape(brief.text($0.sentence))
      })
    out.append(
      section(BriefText.changes, brief.changes) {
        "**\(escape(brief.text($0.card.title)))** — \(escape(brief.facts(of: $0.card)))"
      })
    out.append(caveats())
    out.append(sources())
    out.append("## " + brief.text(HandoutText.howToCite))
    out.append(
      escape(
        brief.citation.text(
          .plain, language: brief.language, accessed: brief.accessed, script: brief.script)))
    out.append("*" + escape(brief.text(BriefText.generated(brief.cards.count))) + "*")
    return out.joined(separator: "\n\n") + "\n"
  }

  private func section(
    _ heading: LocalizedText, _ items: [ProposalBrief.Item], line: (ProposalBrief.Item) -> String
  ) -> String {
    let body = items.isEmpty ? "- " + brief.text(BriefText.none) : items.map { "- " + line($0) }.joined(separator: "\n")
    return "## " + brief.text(heading) + "\n\n" + body
  }

  private func caveats() -> String {
    var out = ["## ⚠ " + brief.text(BriefText.caveats)]
    guard !brief.caveats.isEmpty else {
      out.append(brief.text(BriefText.noCaveats))
      return out.joined(separator: "\n\n")
    }
    out.append("*" + escape(brief.text(BriefText.caveatsLead)) + " (`\(BriefText.showCommand)`).*")
    out.append(
      brief.caveatGroups.map { group in
        "- **\(escape(brief.text(group.card.title))):** "
          + group.lines.map { escape(brief.text($0)) }.joined(separator: " · ")
      }.joined(separator: "\n"))
    return out.joined(separator: "\n\n")
  }

  /// The article with every section the brief's cards cite, then each official page once.
  private func sources() -> String {
    let sources = brief.sources
    var lines: [String] = []
    if !sources.sections.isEmpty, let article = sources.basis(brief.language, script: brief.script).first {
      lines.append(escape(article))
    }
    lines += sources.pages.map { page in
      page.label.map { escape(brief.text($0)) + ": <\(page.url)>" } ?? "<\(page.url)>"
    }
    let numbered = lines.enumerated().map { "\($0.offset + 1). \($0.element)" }
    return "## " + brief.text(CardFacts.Labels.sources) + "\n\n" + numbered.joined(separator: "\n")
  }

  private func escape(_ text: String) -> String { MarkdownEscape.inline(text) }
}
