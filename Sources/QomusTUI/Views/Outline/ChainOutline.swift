import QomusCore

/// A proposal's chain as a tree: the proposal, each deficiency it addresses with the acts that deficiency
/// concerns, the foreign models it draws on, and the acts it would change.
struct ChainOutline {
  let state: AppState

  func build(_ proposalID: String, key: OutlineModel.Key) -> OutlineModel {
    var outline = OutlineModel(key: key)
    let language = state.language
    guard let chain = ProposalChain(proposal: proposalID, in: state.catalog.corpus) else {
      outline.append(text: [.text([OutlineText(language.text(Strings.missingCard), .dim)])])
      return outline
    }
    let rows = chain.rows
    for (index, row) in rows.enumerated() {
      let star = state.user.isStarred(row.card.id) ? "★ " : ""
      if row.depth == 0 {
        let head = OutlineLine.row(
          lead: [OutlineText("◆ ", .accent), OutlineText(star, .star)],
          title: OutlineText(language.text(row.card.title), .title),
          tags: OutlineText.tags(row.card, language: language))
        outline.append(item: [head], cardID: row.card.id)
        let topics = chain.topics.map { language.text($0.name) }.joined(separator: " · ")
        if !topics.isEmpty {
          outline.append(text: [.cut([OutlineText("│ ", .border), OutlineText(topics, .dim)])])
        }
        continue
      }
      let glyphs = treeGlyphs(rows, at: index)
      let inferred = row.inferred ? " (" + language.text(CardLink.inferenceLabel) + ")" : ""
      let relation = row.relation.map { language.text($0.name) + inferred + " ▸ " } ?? ""
      let line = OutlineLine.row(
        lead: [
          OutlineText(glyphs, .border), OutlineText(relation, row.depth == 1 ? .accent : .dim),
          OutlineText(star, .star),
        ],
        title: OutlineText(language.text(row.card.title), row.depth == 1 ? .bold : .normal),
        tags: OutlineText.tags(row.card, language: language))
      outline.append(item: [line], cardID: row.card.id)
    }
    if rows.count == 1 {
      outline.append(text: [.blank, .text([OutlineText(language.text(Strings.chainEmpty), .dim)])])
    }
    return outline
  }

  /// `├─ ` or `└─ ` for a row, after `│  ` or blanks for each ancestor that has (or has no) later siblings.
  private func treeGlyphs(_ rows: [ProposalChain.Row], at index: Int) -> String {
    let depth = rows[index].depth
    var glyphs = ""
    for level in 1..<max(1, depth) {
      glyphs += hasLaterSibling(rows, after: ancestor(rows, of: index, at: level)) ? "│  " : "   "
    }
    return glyphs + (hasLaterSibling(rows, after: index) ? "├─ " : "└─ ")
  }

  /// Whether a row of the same depth follows before the chain climbs above it.
  private func hasLaterSibling(_ rows: [ProposalChain.Row], after index: Int) -> Bool {
    let depth = rows[index].depth
    for row in rows[(index + 1)...] {
      if row.depth < depth { return false }
      if row.depth == depth { return true }
    }
    return false
  }

  private func ancestor(_ rows: [ProposalChain.Row], of index: Int, at level: Int) -> Int {
    var position = index
    while position > 0, rows[position].depth > level { position -= 1 }
    return position
  }
}
