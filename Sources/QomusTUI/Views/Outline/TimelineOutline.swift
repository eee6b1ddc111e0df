import QomusCore

/// Acts and analogues by year: the year once, then one line per card (● Uzbek act, ○ foreign analogue), the
/// replaced and repealed ones marked with what replaced them; the undated cards last.
struct TimelineOutline {
  let state: AppState

  /// The cards in the order the timeline lists them: dated, then undated.
  static func cardIDs(_ timeline: Timeline) -> [String] {
    timeline.entries.map(\.card.id) + timeline.undated.map(\.id)
  }

  func build(key: OutlineModel.Key) -> OutlineModel {
    var outline = OutlineModel(key: key)
    let language = state.language
    let timeline = state.catalog.timeline
    for year in timeline.years {
      for (index, entry) in year.entries.enumerated() {
        let label = index == 0 ? String(year.year) : ""
        outline.append(
          item: [row(entry.card, year: label, entry: entry, width: key.width)],
          cardID: entry.card.id)
      }
    }
    if !timeline.undated.isEmpty {
      outline.append(text: [.blank, .text([OutlineText(language.text(Strings.undated), .heading)])])
      for card in timeline.undated {
        outline.append(item: [row(card, year: "", entry: nil, width: key.width)], cardID: card.id)
      }
    }
    if outline.items.isEmpty {
      outline.append(text: [.text([OutlineText(language.text(Strings.noCards), .dim)])])
    }
    return outline
  }

  /// A card's row; the title of what replaced it is cut to a quarter of `width`.
  private func row(_ card: CardReference, year: String, entry: Timeline.Entry?, width: Int)
    -> OutlineLine
  {
    let language = state.language
    let superseded = entry?.isSuperseded ?? (card.status == .replaced || card.status == .repealed)
    let marker = card.kind == .act ? "● " : "○ "
    var tags: [OutlineText] = []
    if superseded {
      let status = card.status == .repealed ? ActStatus.repealed : .replaced
      var text = language.text(status.name)
      if let by = entry?.replacedBy.first {
        text += " → " + TextLayout.truncate(language.text(by.title), to: max(8, width / 4))
        if let value = by.year { text += " (\(value))" }
      }
      tags.append(OutlineText(text + "  ", .warning))
    }
    if let entry {
      tags.append(OutlineText(entry.date.description + " ", .dim))
    }
    tags.append(OutlineText(card.jurisdiction.rawValue, .dim))
    let star = state.user.isStarred(card.id) ? "★ " : ""
    return .row(
      lead: [
        OutlineText(TextLayout.pad(year, to: 5), .heading),
        OutlineText(marker, superseded ? .dim : .accent), OutlineText(star, .star),
      ],
      title: OutlineText(language.text(card.title), superseded ? .dim : .normal),
      tags: tags)
  }
}
