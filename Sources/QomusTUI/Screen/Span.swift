import QomusCore

/// The style of a piece of a card: its role and, for a link, the index of the link it belongs to.
public struct SpanStyle: Sendable, Hashable {
  /// How the text is styled.
  public var role: StyleRole
  /// The index of the link the text belongs to, if any.
  public var link: Int?

  /// A style of `role`, part of link `link`.
  public init(_ role: StyleRole, link: Int? = nil) {
    self.role = role
    self.link = link
  }
}

/// A styled piece of a line.
public typealias Span = TextLayout.Run<SpanStyle>

extension TextLayout.Run where Style == SpanStyle {
  /// A span of `text` in `role`.
  public init(_ text: String, role: StyleRole, link: Int? = nil) {
    self.init(text, SpanStyle(role, link: link))
  }

  /// How the text is styled.
  public var role: StyleRole { style.role }
  /// The index of the link the text belongs to, if any.
  public var link: Int? { style.link }
}

/// Measures spans.
extension Array where Element == Span {
  /// The columns the spans take on one line.
  public var width: Int { reduce(0) { $0 + TextLayout.width(of: $1.text) } }
}

extension Array where Element == Span {
  /// The spans cut to `width` columns, the last one ending in an ellipsis when something was cut.
  public func truncated(to width: Int) -> [Span] {
    guard self.width > width else { return self }
    var result: [Span] = []
    var used = 0
    for span in self {
      let spanWidth = TextLayout.width(of: span.text)
      if used + spanWidth < width {
        result.append(span)
        used += spanWidth
        continue
      }
      let piece = TextLayout.truncate(span.text, to: width - used)
      if !piece.isEmpty { result.append(Span(piece, span.style)) }
      break
    }
    return result
  }
}
