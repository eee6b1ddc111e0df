import Foundation
import QomusCore

/// Lays out a card: title, meta line, summary and body (two columns side by side in `both` mode when wide
/// enough), fact-check notes in marked boxes, links grouped by relation, backlinks, and sources. The words of the
/// search the card was opened from are marked in its title, summary and body.
struct CardDocumentBuilder {
  let catalog: Catalog
  let language: LanguageMode
  /// Whether links carry their numbers (`[1]`, `[2]`: accessible mode, where a number then Enter follows one)
  /// instead of a `▸`.
  var numbersLinks = false

  func build(
    _ card: Card, width available: Int, note userNote: String? = nil, highlight query: String? = nil
  ) -> CardDocument {
    let marks = Dictionary(
      uniqueKeysWithValues: Language.allCases.map { lang in
        (lang, QueryHighlighter(query: query ?? "", language: lang, prefixLastWord: true))
      })
    let sideBySide = language == .both && available >= 60
    let width = min(available, sideBySide ? 2 * Layout.maxTextWidth + 3 : Layout.maxTextWidth)
    var lines: [[Span]] = []
    var links: [CardDocument.Link] = []

    for lang in language.languages {
      let title = TextLayout.wrap(
        [Span(language.script(card.title[lang], language: lang), role: .title)], width: width)
      lines += marks[lang].map { QueryMarks.mark(title, with: $0) } ?? title
    }
    lines += TextLayout.wrap([Span(metaLine(card), role: .dim)], width: width)
    if !card.topics.isEmpty {
      let topics = card.topics.map { label($0.name) }.joined(separator: " · ")
      lines += TextLayout.wrap(
        [Span(label(Strings.topics) + ": " + topics, role: .dim)], width: width)
    }
    lines.append([])
    lines += sideBySide ? columns(card, width: width, marks: marks) : stacked(card, width: width, marks: marks)

    for (index, note) in card.notes.enumerated() {
      lines.append([])
      lines += noteBox(note, number: index + 1, of: card.notes.count, width: width)
    }
    if let userNote {
      lines.append([])
      lines.append(sectionRule("✎ " + label(Strings.myNote), width: width))
      for paragraph in userNote.split(separator: "\n", omittingEmptySubsequences: false) {
        let wrapped = TextLayout.wrap([Span(String(paragraph), role: .italic)], width: width)
        lines += wrapped.isEmpty ? [[]] : wrapped
      }
    }

    let outgoing = catalog.corpus.resolvedLinks(of: card)
    if !outgoing.isEmpty {
      lines.append([])
      lines.append(sectionRule(label(Strings.links), width: width))
      for relation in LinkRelation.allCases {
        let targets = outgoing.filter { $0.relation == relation }.map { ($0.target, $0.inferred) }
        appendGroup(label(relation.name) + " →", targets, to: &lines, links: &links, width: width)
      }
    }
    let incoming = catalog.corpus.backlinks(to: card.id)
    if !incoming.isEmpty {
      lines.append([])
      lines.append(sectionRule(label(Strings.backlinks), width: width))
      for relation in LinkRelation.allCases {
        let sources = incoming.filter { $0.relation == relation }.map { ($0.source, $0.inferred) }
        appendGroup(
          "← " + label(relation.inverseName), sources, to: &lines, links: &links, width: width)
      }
    }
    if !card.sources.isEmpty {
      lines.append([])
      lines.append(sectionRule(label(Strings.sources), width: width))
      for source in card.sources {
        lines += Markdown.hanging(
          [Span(sourceText(source), role: .normal)], marker: Span("• ", role: .dim), width: width)
      }
    }
    let key = CardDocument.Key(
      cardID: card.id, language: language, width: available, note: userNote, highlight: query,
      numbersLinks: numbersLinks)
    return CardDocument(key: key, lines: lines, links: links)
  }

  // MARK: Text

  /// A label in the interface language; both languages in `both` mode.
  private func label(_ text: LocalizedText) -> String {
    language == .both ? text.uz + " / " + text.en : language.text(text)
  }

  private func metaLine(_ card: Card) -> String {
    CardFacts.meta(of: card, languages: language.languages) { text, lang in
      language.script(text, language: lang)
    }.joined(separator: " · ")
  }

  private func sourceText(_ source: CardSource) -> String {
    switch source {
    case .section(let section): language.text(Strings.articleSection) + ": " + section
    case .url(let url, let name): name.map { "\($0) — \(url)" } ?? url
    }
  }

  private func summaryAndBody(
    _ card: Card, _ lang: Language, width: Int, marks: [Language: QueryHighlighter]
  ) -> [[Span]] {
    let script = { (text: String) in language.script(text, language: lang) }
    var lines = TextLayout.wrap([Span(script(card.summary[lang]), role: .bold)], width: width)
    let body = card.body[lang]
    if body.contains(where: { !$0.isWhitespace }) {
      lines.append([])
      lines += Markdown.render(body, width: width, script: script)
    }
    return marks[lang].map { QueryMarks.mark(lines, with: $0) } ?? lines
  }

  // MARK: Blocks

  private func stacked(_ card: Card, width: Int, marks: [Language: QueryHighlighter]) -> [[Span]] {
    var lines: [[Span]] = []
    for lang in language.languages {
      if language == .both {
        if !lines.isEmpty { lines.append([]) }
        lines.append(sectionRule(lang.nativeName, width: width))
      }
      lines += summaryAndBody(card, lang, width: width, marks: marks)
    }
    return lines
  }

  /// Uzbek and English side by side, with a rule between.
  private func columns(_ card: Card, width: Int, marks: [Language: QueryHighlighter]) -> [[Span]] {
    let columnWidth = (width - 3) / 2
    let left =
      [[Span(Language.uz.nativeName, role: .heading)]]
      + summaryAndBody(card, .uz, width: columnWidth, marks: marks)
    let right =
      [[Span(Language.en.nativeName, role: .heading)]]
      + summaryAndBody(card, .en, width: columnWidth, marks: marks)
    return (0..<max(left.count, right.count)).map { row in
      let leftLine = row < left.count ? left[row] : []
      let rightLine = row < right.count ? right[row] : []
      let padding = String(repeating: " ", count: max(0, columnWidth - leftLine.width))
      return leftLine + [Span(padding, role: .normal), Span(" │ ", role: .border)] + rightLine
    }
  }

  /// `── Title ─────` across the width.
  private func sectionRule(_ title: String, width: Int) -> [Span] {
    let head = TextLayout.truncate(title, to: max(1, width - 4))
    let rest = max(0, width - 4 - TextLayout.width(of: head))
    return [
      Span("── ", role: .border), Span(head, role: .heading),
      Span(" " + String(repeating: "─", count: rest), role: .border),
    ]
  }

  /// A relation heading and one focusable line (or more, wrapped) per target; an inferred link is marked.
  private func appendGroup(
    _ heading: String, _ ids: [(id: String, inferred: Bool)], to lines: inout [[Span]],
    links: inout [CardDocument.Link], width: Int
  ) {
    guard !ids.isEmpty else { return }
    lines += TextLayout.wrap([Span(heading, role: .bold)], width: width)
    for (id, inferred) in ids {
      let index = links.count
      let card = catalog[id]
      var spans = [Span(card.map { language.text($0.title) } ?? id, role: .link, link: index)]
      if language == .both, let card {
        spans.append(Span(" / " + card.title.en, role: .link, link: index))
      }
      let tag = [card?.jurisdiction.rawValue, card?.year.map(String.init)].compactMap { $0 }.joined(
        separator: " ")
      spans.append(Span(" " + tag, role: .dim, link: index))
      if inferred {
        spans.append(Span(" · " + label(CardLink.inferenceLabel), role: .dim, link: index))
      }
      let wrapped = Markdown.hanging(
        spans, marker: Span(numbersLinks ? "  [\(index + 1)] " : "  ▸ ", role: .accent, link: index),
        width: width)
      links.append(
        CardDocument.Link(target: id, lines: lines.count..<(lines.count + wrapped.count)))
      lines += wrapped.map { line in line.map { Span($0.text, role: $0.role, link: index) } }
    }
  }

  /// A fact-check note in a box drawn in the warning colour, its source on the last line.
  private func noteBox(_ note: FactNote, number: Int, of count: Int, width: Int) -> [[Span]] {
    let inner = max(1, width - 4)
    var title = "⚠ " + label(Strings.factCheck)
    if count > 1 { title += " \(number)/\(count)" }
    var body: [[Span]] = []
    for (index, lang) in language.languages.enumerated() {
      if index > 0 { body.append([]) }
      body += TextLayout.wrap(
        [Span(language.script(note.text[lang], language: lang), role: .normal)], width: inner)
    }
    body.append([])
    body += TextLayout.wrap(
      [Span(label(Strings.source) + ": " + note.source, role: .dim)], width: inner)

    let head = TextLayout.truncate(title, to: max(1, width - 6))
    let topRest = max(0, width - 5 - TextLayout.width(of: head))
    var lines: [[Span]] = [
      [
        Span("┌─ ", role: .warning), Span(head, role: .warning),
        Span(" " + String(repeating: "─", count: topRest) + "┐", role: .warning),
      ]
    ]
    for line in body {
      let padding = String(repeating: " ", count: max(0, inner - line.width))
      lines.append([Span("│ ", role: .warning)] + line + [Span(padding + " │", role: .warning)])
    }
    lines.append([
      Span("└" + String(repeating: "─", count: max(0, width - 2)) + "┘", role: .warning)
    ])
    return lines
  }
}
