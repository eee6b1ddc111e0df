import Foundation

/// Checks that need every card at once: duplicate ids, link targets, file names, the links each kind should have,
/// and links that can only be Qomus's inference.
public enum CorpusValidator {
  /// Validates `cards`, dropping a card whose id another card already took (the first one wins).
  public static func validate(_ cards: [Card]) -> (cards: [Card], diagnostics: [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    var firstFileByID: [String: String] = [:]
    var kept: [Card] = []
    for card in cards {
      if let first = firstFileByID[card.id] {
        diagnostics.append(
          Diagnostic(
            file: card.file, line: 1, code: .duplicateID,
            message: "id '\(card.id)' is already used by \(first)"))
        continue
      }
      firstFileByID[card.id] = card.file
      kept.append(card)
    }
    let kinds = Dictionary(uniqueKeysWithValues: kept.map { ($0.id, $0.kind) })
    let citing = Set(kept.filter(\.citesTheArticle).map(\.id))
    for card in kept {
      diagnostics += fileNameProblems(card)
      diagnostics += linkProblems(card, kinds: kinds)
      diagnostics += expectedLinkProblems(card)
      diagnostics += unmarkedInferences(card, kinds: kinds, citing: citing)
    }
    return (kept, diagnostics)
  }

  /// The file name of `path` without its extension, as `URL.deletingPathExtension().lastPathComponent` gives it,
  /// without making a URL per card.
  static func fileStem(_ path: String) -> String {
    var name = Substring(path)
    while name.hasSuffix("/") { name = name.dropLast() }
    if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
    if let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex {
      name = name[..<dot]
    }
    return String(name)
  }

  private static func fileNameProblems(_ card: Card) -> [Diagnostic] {
    guard !card.file.isEmpty else { return [] }
    let name = fileStem(card.file)
    guard name != card.id else { return [] }
    return [
      Diagnostic(
        file: card.file, line: 1, code: .fileNameMismatch,
        message: "the file of card '\(card.id)' should be named '\(card.id).md'")
    ]
  }

  private static func linkProblems(_ card: Card, kinds: [String: CardKind]) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    var seen: Set<CardLink> = []
    for link in card.links {
      if kinds[link.target] == nil {
        diagnostics.append(
          Diagnostic(
            file: card.file, line: link.line, code: .unknownLinkTarget,
            message: "link '\(link.relation.rawValue)' points to unknown card '\(link.target)'"))
      } else if link.target == card.id {
        diagnostics.append(
          Diagnostic(
            file: card.file, line: link.line, code: .redundantLink,
            message: "the card links to itself"))
      }
      let key = CardLink(relation: link.relation, target: link.target)
      if !seen.insert(key).inserted {
        diagnostics.append(
          Diagnostic(
            file: card.file, line: link.line, code: .redundantLink,
            message: "link '\(link.relation.rawValue)' to '\(link.target)' is written twice"))
      }
    }
    return diagnostics
  }

  /// The links that make the map navigable: a deficiency names what it concerns, a proposal what it fixes and what
  /// it is modelled on, an analogue what it is compared with.
  private static func expectedLinkProblems(_ card: Card) -> [Diagnostic] {
    let expected: [LinkRelation]
    switch card.kind {
    case .deficiency: expected = [.concerns]
    case .proposal: expected = [.addresses, .modelledOn]
    case .analogue: expected = [.comparedWith]
    default: expected = []
    }
    return expected.filter { relation in !card.links.contains { $0.relation == relation } }.map {
      relation in
      Diagnostic(
        file: card.file, line: 1, code: .missingExpectedLink,
        message: "a \(card.kind.rawValue) should have at least one '\(relation.rawValue)' link")
    }
  }

  /// A link of a relation that claims the article (`concerns`, `addresses`, `modelled-on`, `changes`,
  /// `compared-with`) to or from a card the article never mentions (no `section:` source) cannot be the article's:
  /// it must be marked `inferred: true`. Inferences between cards the article does mention are marked by hand.
  private static func unmarkedInferences(_ card: Card, kinds: [String: CardKind], citing: Set<String>)
    -> [Diagnostic]
  {
    card.links.compactMap { link in
      guard link.relation.claimsTheArticle, !link.inferred, kinds[link.target] != nil else { return nil }
      let absent = [card.id, link.target].filter { !citing.contains($0) }
      guard let first = absent.first else { return nil }
      return Diagnostic(
        file: card.file, line: link.line, code: .unmarkedInference,
        message:
          "link '\(link.relation.rawValue)' to '\(link.target)' cannot be the article's: the article never "
          + "mentions '\(first)' (no 'section:' source); mark it 'inferred: true'")
    }
  }
}
