import QomusCore

/// Every proposal in a few lines: its number in the article and title; the deficiencies it fixes; the countries of
/// its models, how many acts it would change, and its topics. Sorted by topic, the topics head
/// their groups.
struct OverviewOutline {
  let state: AppState

  func build(_ order: ProposalOverview.Order, key: OutlineModel.Key) -> OutlineModel {
    var outline = OutlineModel(key: key)
    let language = state.language
    let entries = state.catalog.proposals.sorted(by: order, language: language.primary)
    guard !entries.isEmpty else {
      outline.append(text: [.text([OutlineText(language.text(Strings.noProposals), .dim)])])
      return outline
    }
    var heading: LocalizedText?
    for entry in entries {
      let topic = entry.topics.first?.name ?? Strings.noTopic
      if order == .topic, topic != heading {
        if heading != nil { outline.append(text: [.blank]) }
        heading = topic
        outline.append(text: [.text([OutlineText(language.text(topic), .heading)])])
      }
      let number = entry.articleNumber.map { "\($0)." } ?? "–"
      let star = state.user.isStarred(entry.proposal.id) ? "★ " : ""
      let head = OutlineLine.row(
        lead: [OutlineText(TextLayout.pad(number, to: 4), .accent), OutlineText(star, .star)],
        title: OutlineText(language.text(entry.proposal.title), .bold),
        tags: OutlineText.tags(entry.proposal, language: language))
      let indent = OutlineText("    ", .normal)
      let fixes = entry.chain.deficiencies.map { language.text($0.deficiency.title) }.joined(
        separator: "; ")
      var lines = [head]
      if !fixes.isEmpty {
        lines.append(
          .cut([
            indent, OutlineText(language.text(Strings.fixes) + ": ", .accent),
            OutlineText(fixes, .normal),
          ]))
      }
      lines.append(.cut([indent, facts(entry)]))
      outline.append(item: lines, cardID: entry.proposal.id)
    }
    return outline
  }

  /// “models EE, KR · changes 2 · Legal basis, Institutions”.
  private func facts(_ entry: ProposalOverview.Entry) -> OutlineText {
    let language = state.language
    let chain = entry.chain
    let models = chain.modelJurisdictions.map(\.rawValue).joined(separator: ", ")
    var parts = [
      language.text(Strings.models) + " " + (models.isEmpty ? "–" : models),
      language.text(Strings.changes) + " \(chain.changes.count)",
    ]
    let topics = entry.topics.map { language.text($0.name) }.joined(separator: ", ")
    if !topics.isEmpty { parts.append(topics) }
    return OutlineText(parts.joined(separator: " · "), .dim)
  }
}
