import QomusCore

/// Renders a card as plain text for `qomus show`.
struct CardPrinter {
  let corpus: Corpus
  let choice: LanguageChoice
  var languages: [Language] { choice.languages }

  func render(_ card: Card) -> String {
    var out = ""
    func line(_ text: String = "") { out += text + "\n" }
    for language in languages {
      line(Console.styled(choice.text(card.title, language), .bold))
    }
    line(Console.styled(metaLine(card), .dim))
    for language in languages {
      line()
      if languages.count > 1 { line(Console.styled("[\(language.rawValue)]", .accent)) }
      line(Console.styled(choice.text(card.summary, language)))
      line()
      line(Console.styled(choice.text(card.body, language)))
    }
    let links = corpus.resolvedLinks(of: card)
    for relation in LinkRelation.allCases {
      let targets = links.filter { $0.relation == relation }.map { ($0.target, $0.inferred) }
      section(relation.name, targets, into: &out)
    }
    let backlinks = corpus.backlinks(to: card.id)
    for relation in LinkRelation.allCases {
      let sources = backlinks.filter { $0.relation == relation }.map { ($0.source, $0.inferred) }
      section(relation.inverseName, sources, into: &out, backlink: true)
    }
    if !card.notes.isEmpty {
      line()
      line(
        Console.styled(
          "⚠ " + choice.joined(FactNoteLabel.heading), .warning))
      for note in card.notes {
        for language in languages { line(Console.styled("  • " + choice.text(note.text, language))) }
        line(Console.styled("    — " + note.source, .dim))
      }
    }
    line()
    line(
      Console.styled(
        choice.joined(SourceLabel.heading) + ":", .bold))
    for source in card.sources { line(Console.styled("  " + source.text)) }
    return out
  }

  /// A relation heading and one line per linked card; an inferred link is marked as Qomus's.
  private func section(
    _ name: LocalizedText, _ ids: [(id: String, inferred: Bool)], into out: inout String,
    backlink: Bool = false
  ) {
    guard !ids.isEmpty else { return }
    let heading = choice.joined(name) + (backlink ? " ←" : " →")
    out += "\n" + Console.styled(heading, .bold) + "\n"
    for (id, inferred) in ids {
      let title =
        corpus[id].map { choice.joined($0.title) }
        ?? ""
      let mark =
        inferred
        ? "  "
          + Console.styled(
            "(" + languages.map { CardLink.inferenceLabel[$0] }.joined(separator: " / ") + ")", .dim)
        : ""
      out += "  " + Console.styled(id, .accent) + "  " + Console.styled(title) + mark + "\n"
    }
  }

  private func metaLine(_ card: Card) -> String {
    CardFacts.meta(of: card, language: languages.first ?? .en).map {
      choice == .cyr ? UzbekTransliterator.toCyrillic($0) : $0
    }.joined(separator: " · ")
  }
}

/// Headings shared by the printer.
enum FactNoteLabel {
  static let heading = LocalizedText(uz: "Tekshiruv izohi", en: "Fact-check note")
}

enum SourceLabel {
  static let heading = LocalizedText(uz: "Manbalar", en: "Sources")
}
