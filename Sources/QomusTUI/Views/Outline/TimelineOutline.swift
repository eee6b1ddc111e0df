import QomusCore

/// Acts and analogues by year: the year once, then one line per card (● Uzbek act, ○ foreign analogue), the
/// replaced and repealed ones marked with what replaced them; the undated cards last.
struct TimelineOutline {
  let state: AppState

  /// The cards in the order the timeline lists them: dated, then undated.
  static func cardIDs(_ timeline: Timeline) -> [String] {
    timeline.entries.map(\.card.id) + timeline.undated.map(\.id)
  }

  func build(width: Int) -> Outline {
    var outline = Outline()
    let language = state.language
    let timeline = state.catalog.timeline
    for year in timeline.years {
      for (index, entry) in year.entries.enumerated() {
        let label = index == 0 ? String(year.year) : ""
        outline.append(
          item: [row(entry.card, year: label, entry: entry, width: width)], cardID: entry.card.id)
      }
    }
    if !timeline.undated.isEmpty {
      outline.append(text: [[], [Span(language.text(Strings.undated), role: .heading)]])
      for card in timeline.undated {
        outline.append(item: [row(card, year: "", entry: nil, width: width)], cardID: card.id)
      }
    }
    if outline.items.isEmpty {
      outline.append(text: [[Span(language.text(Strings.noCards), role: .dim)]])
    }
    return outline
  }

  private func row(_ card: CardReference, year: String, entry: Timeline.Entry?, width: Int)
    -> [Span]
  {
    let language = state.language
    let superseded = entry?.isSuperseded ?? (card.status == .replaced || card.status == .repealed)
    let marker = card.kind == .act ? "● " : "○ "
    var tags: [Span] = []
    if superseded {
      let status = card.status == .repealed ? ActStatus.repealed : .replaced
      var text = language.text(status.name)
      if let by = entry?.replacedBy.first {
        text += " → " + TextLayout.truncate(language.text(by.title), to: max(8, width / 4))
        if let value = by.year { text += " (\(value))" }
      }
      tags.append(Span(text + "  ", role: .warning))
    }
    if let entry {
      tags.append(Span(entry.date.description + " ", role: .dim))
    }
    tags.append(Span(card.jurisdiction.rawValue, role: .dim))
    let star = state.user.isStarred(card.id) ? "★ " : ""
    return OutlineRow(
      lead: [
        Span(TextLayout.pad(year, to: 5), role: .heading),
        Span(marker, role: superseded ? .dim : .accent), Span(star, role: .star),
      ],
      title: Span(language.text(card.title), role: superseded ? .dim : .normal),
      tags: tags
    ).line(width: width)
  }
}
