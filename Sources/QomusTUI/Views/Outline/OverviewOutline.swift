import QomusCore

/// Every proposal in a few lines: its number in the article and title; the deficiencies it fixes; the countries of
/// its models, how many acts it would change, and its topics. Sorted by topic, the topics head
/// their groups.
struct OverviewOutline {
  let state: AppState

  func build(_ overview: OverviewState, width: Int) -> Outline {
    var outline = Outline()
    let language = state.language
    let entries = state.catalog.proposals.sorted(by: overview.order, language: language.primary)
    guard !entries.isEmpty else {
      outline.append(text: [[Span(language.text(Strings.noProposals), role: .dim)]])
      return outline
    }
    var heading: LocalizedText?
    for entry in entries {
      let topic = entry.topics.first?.name ?? Strings.noTopic
      if overview.order == .topic, topic != heading {
        if heading != nil { outline.append(text: [[]]) }
        heading = topic
        outline.append(text: [[Span(language.text(topic), role: .heading)]])
      }
      let number = entry.articleNumber.map { "\($0)." } ?? "–"
      let star = state.user.isStarred(entry.proposal.id) ? "★ " : ""
      let head = OutlineRow(
        lead: [Span(TextLayout.pad(number, to: 4), role: .accent), Span(star, role: .star)],
        title: Span(language.text(entry.proposal.title), role: .bold),
        tags: OutlineRow.tags(entry.proposal, language: language))
      let indent = Span("    ", role: .normal)
      let fixes = entry.chain.deficiencies.map { language.text($0.deficiency.title) }.joined(
        separator: "; ")
      var lines = [head.line(width: width)]
      if !fixes.isEmpty {
        lines.append(
          [
            indent, Span(language.text(Strings.fixes) + ": ", role: .accent),
            Span(fixes, role: .normal),
          ]
          .truncated(to: width))
      }
      lines.append(([indent] + facts(entry)).truncated(to: width))
      outline.append(item: lines, cardID: entry.proposal.id)
    }
    return outline
  }

  /// “models EE, KR · changes 2 · Legal basis, Institutions”.
  private func facts(_ entry: ProposalOverview.Entry) -> [Span] {
    let language = state.language
    let chain = entry.chain
    let models = chain.modelJurisdictions.map(\.rawValue).joined(separator: ", ")
    var parts = [
      language.text(Strings.models) + " " + (models.isEmpty ? "–" : models),
      language.text(Strings.changes) + " \(chain.changes.count)",
    ]
    let topics = entry.topics.map { language.text($0.name) }.joined(separator: ", ")
    if !topics.isEmpty { parts.append(topics) }
    return [Span(parts.joined(separator: " · "), role: .dim)]
  }
}
