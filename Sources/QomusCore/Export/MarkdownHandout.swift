/// Renders a handout as Markdown: a title, contents, one section per card (meta, lecturer note, summary, body,
/// links, fact-check notes, source numbers), then the numbered sources and a citation per card.
struct MarkdownHandout {
  let handout: Handout

  func render() -> String {
    var out: [String] = []
    out.append("# " + handout.label(handout.title))
    if let description = handout.description {
      out.append(handout.languages.map { handout.text(description, $0) }.joined(separator: "\n\n"))
    }
    out.append("*" + handout.label(HandoutText.generated(handout.entries.count)) + "*")
    out.append("## " + handout.label(HandoutText.contents))
    out.append(
      handout.entries.enumerated().map { index, entry in
        "\(index + 1). [\(escape(title(entry.card)))](#\(entry.card.id))"
      }.joined(separator: "\n"))
    for (index, entry) in handout.entries.enumerated() {
      out.append(card(entry, number: index + 1))
    }
    out.append(sources())
    out.append(citations())
    return out.joined(separator: "\n\n") + "\n"
  }

  private func card(_ entry: Handout.Entry, number: Int) -> String {
    let card = entry.card
    let bilingual = handout.languages.count > 1
    func meta(_ language: Language) -> String {
      "*" + handout.meta(of: card, language).map(escape).joined(separator: " · ") + "*"
    }
    var out: [String] = []
    out.append("<a id=\"\(card.id)\"></a>\n\n## \(number). \(escape(title(card)))")
    out.append(bilingual ? "`\(card.id)`" : meta(handout.languages[0]) + " — `\(card.id)`")
    if let note = entry.note {
      let texts = handout.languages.map { "> " + escape(handout.text(note, $0)) }.joined(separator: "\n>\n")
      out.append("> **\(handout.label(CardFacts.Labels.lecturerNote)):**\n>\n" + texts)
    }
    for language in handout.languages {
      if bilingual { out += ["### " + handout.text(language.nativeName, language), meta(language)] }
      out.append("**" + escape(handout.text(card.summary, language)) + "**")
      out.append(handout.script.applyMarkdown(card.body[language], language))
    }
    let links = entry.links.map { group in
      "- **\(handout.label(group.name)):** "
        + group.cards.map { reference in
          let text = escape(handout.languages.map { handout.text(reference.title, $0) }.joined(separator: " / "))
          let mark =
            group.inferred.contains(reference.id)
            ? " *(\(handout.label(CardLink.inferenceLabel)))*" : ""
          return
            (handout.contains(reference.id)
            ? "[\(text)](#\(reference.id))" : "\(text) (`\(reference.id)`)") + mark
        }.joined(separator: "; ")
    }
    if !links.isEmpty { out.append(links.joined(separator: "\n")) }
    if !card.notes.isEmpty {
      var lines = ["> ⚠ **\(handout.label(CardFacts.Labels.factCheck)):**"]
      for note in card.notes {
        lines.append(">")
        for language in handout.languages { lines.append("> - " + escape(handout.text(note.text, language))) }
        lines.append(">   *— \(escape(note.source))*")
      }
      out.append(lines.joined(separator: "\n"))
    }
    out.append(
      "**\(handout.label(CardFacts.Labels.sources)):** "
        + entry.sourceNumbers.map { "[\($0)](#source-\($0))" }.joined(separator: ", "))
    return out.joined(separator: "\n\n")
  }

  private func sources() -> String {
    var out = ["## " + handout.label(CardFacts.Labels.sources)]
    out.append(
      handout.sources.map { source in
        "\(source.number). <a id=\"source-\(source.number)\"></a>\(text(of: source.source)) — "
          + source.cardIDs.map { "`\($0)`" }.joined(separator: ", ")
      }.joined(separator: "\n"))
    return out.joined(separator: "\n\n")
  }

  private func citations() -> String {
    var out = ["## " + handout.label(HandoutText.howToCite)]
    out.append(
      handout.entries.flatMap { entry in
        handout.languages.map { "- " + escape(handout.citation(of: entry, $0)) }
      }.joined(separator: "\n"))
    return out.joined(separator: "\n\n")
  }

  private func title(_ card: Card) -> String {
    handout.languages.map { handout.text(card.title, $0) }.joined(separator: " / ")
  }

  private func text(of source: CardSource) -> String {
    switch source {
    case .section(let section): escape(handout.label(CardFacts.Labels.article) + ": " + handout.sectionNames(section))
    case .url(let url, let label): label.map { "\(escape($0)): <\(url)>" } ?? "<\(url)>"
    }
  }

  private func escape(_ text: String) -> String { MarkdownEscape.inline(text) }
}
