import QomusCore

/// One line of an outline for a card: a lead (tree glyphs, a marker) and a title on the left, tags (country,
/// year, status) on the right, the title cut to what is left.
struct OutlineRow {
  var lead: [Span]
  var title: Span
  var tags: [Span]

  /// The row fitted to `width` columns.
  func line(width: Int) -> [Span] {
    let tagWidth = tags.width
    let room = width - lead.width - (tagWidth > 0 ? tagWidth + 2 : 0)
    guard room >= 8 else { return (lead + [title]).truncated(to: width) }
    let cut = TextLayout.truncate(title.text, to: room)
    let gap = String(
      repeating: " ", count: max(2, width - lead.width - TextLayout.width(of: cut) - tagWidth))
    return lead + [Span(cut, title.style), Span(gap, role: .normal)] + tags
  }
}
