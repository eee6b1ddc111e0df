import QomusCore

/// Some text in one style role, as an outline holds it until it is drawn.
struct OutlineText: Sendable, Hashable {
  var text: String
  var role: StyleRole

  init(_ text: String, _ role: StyleRole) {
    self.text = text
    self.role = role
  }

  /// Spans as `TextLayout.wrap` and the widgets take them.
  var span: Span { Span(text, role: role) }
}

/// One line of an outline as words and roles, fitted to a width only when the view draws it.
enum OutlineLine: Sendable, Hashable {
  /// A card's row (`OutlineRow`): the lead and the title on the left, the title cut to what the tags on the right
  /// leave.
  case row(lead: [OutlineText], title: OutlineText, tags: [OutlineText])
  /// Text cut to the width, with an ellipsis where it is cut.
  case cut([OutlineText])
  /// Text as it is (it fits: wrapped when the outline was built, or clipped by the row).
  case text([OutlineText])

  /// An empty line.
  static let blank = OutlineLine.text([])

  /// The line's spans at `width` columns.
  func spans(width: Int) -> [Span] {
    switch self {
    case .row(let lead, let title, let tags):
      OutlineRow(lead: lead.map(\.span), title: title.span, tags: tags.map(\.span)).line(
        width: width)
    case .cut(let pieces): pieces.map(\.span).truncated(to: width)
    case .text(let pieces): pieces.map(\.span)
    }
  }

  /// Lines of text laid out by `TextLayout.wrap`, each after `indent`.
  static func wrapped(_ lines: [[Span]], indent: [OutlineText] = []) -> [OutlineLine] {
    lines.map { .text(indent + $0.map { OutlineText($0.text, $0.role) }) }
  }
}

extension OutlineText {
  /// The country code, year and a replaced/repealed mark of `card`, for the right side of its row.
  static func tags(_ card: CardReference, language: LanguageMode) -> [OutlineText] {
    var tags: [OutlineText] = []
    if let status = card.status, status == .replaced || status == .repealed {
      tags.append(OutlineText(language.text(status.name) + " ", .warning))
    }
    var parts = [card.jurisdiction.rawValue]
    if let value = card.year { parts.append(String(value)) }
    tags.append(OutlineText(parts.joined(separator: " "), .dim))
    return tags
  }
}
