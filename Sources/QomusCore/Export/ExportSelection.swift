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
  /// A brief was asked of a card that is not a proposal.
  case notAProposal(String, kind: CardKind, proposals: [String])
  /// A brief was asked in a format it does not have.
  case briefFormat(String)

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
    case .briefFormat(let format):
      return "a brief is Markdown or HTML, not \(format): use --format markdown or --format html"
    case .notAProposal(let id, let kind, let proposals):
      let list = proposals.isEmpty ? "there are no proposals" : "proposals: " + proposals.joined(separator: ", ")
      return "'\(id)' is a card of kind \(kind.rawValue), not a proposal; a brief is of a proposal (\(list))"
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

  /// `brief` rendered in this format.
  /// - Throws: `ExportError.briefFormat` for JSON, which a brief does not have.
  public func render(_ brief: ProposalBrief) throws -> String {
    switch self {
    case .markdown: MarkdownBrief(brief: brief).render()
    case .html: HTMLBrief(brief: brief).render()
    case .json: throw ExportError.briefFormat(rawValue)
    }
  }
}
