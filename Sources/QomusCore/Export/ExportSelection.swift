/// Which cards a handout holds.
public enum ExportSelection: Sendable, Hashable {
  /// Every card, in display order.
  case all
  /// The stops of a tour, in tour order, with the lecturer notes.
  case tour(String)
  /// The named cards, in the order given.
  case ids([String])
  /// The cards of one kind, in display order.
  case kind(CardKind)
}

/// Why a handout cannot be made.
public enum ExportError: Error, Equatable, CustomStringConvertible {
  case unknownTour(String, available: [String])
  case unknownCards([String])
  case noCards

  public var description: String {
    switch self {
    case .unknownTour(let id, let available):
      let list =
        available.isEmpty ? "there are no tours" : "tours: \(available.joined(separator: ", "))"
      return "no tour with id '\(id)' (\(list))"
    case .unknownCards(let ids):
      return "no card with id \(ids.map { "'\($0)'" }.joined(separator: ", ")) (see 'qomus list')"
    case .noCards:
      return "the selection holds no cards"
    }
  }
}

/// The format of a handout.
public enum ExportFormat: String, CaseIterable, Sendable {
  case markdown, html, json

  /// `handout` rendered in this format.
  public func render(_ handout: Handout) throws -> String {
    switch self {
    case .markdown: MarkdownHandout(handout: handout).render()
    case .html: HTMLHandout(handout: handout).render()
    case .json: try JSONHandout.render(handout)
    }
  }
}
