import Foundation

/// A card as plain, line-oriented text for screen readers, braille displays and pipes (`qomus read`): the title, the
/// one meta line (``CardFacts``), the summary and body with Markdown marks removed (a paragraph is one line, a list
/// item one line starting `- `), the links and backlinks numbered `[1]`, `[2]` …, the fact-check notes and the
/// sources. ASCII punctuation for structure; no colour, no box drawing, control characters made visible.
public enum ReadableCard {
  /// The lines of `card` in `language`; `script` writes text of a language in the reader's script (Uzbek in
  /// Cyrillic). Ids, numbers and sources stay as written.
  public static func lines(
    of card: Card, in corpus: Corpus, language: Language,
    script: (String, Language) -> String = { text, _ in text }
  ) -> [String] {
    func say(_ text: LocalizedText) -> String { script(text[language], language) }
    var lines: [String] = [say(card.title)]
    lines.append(CardFacts.meta(of: card, languages: [language], script: script).joined(separator: " · "))
    lines.append("")
    lines.append(script(PlainText.strip(card.summary[language]), language))
    let body = bodyLines(card.body[language]).map { script($0, language) }
    if !body.isEmpty { lines += [""] + body }
    let groups = LinkGroup.groups(of: card, in: corpus)
    var number = 0
    for isBacklink in [false, true] {
      let chosen = groups.filter { $0.isBacklink == isBacklink }
      guard !chosen.isEmpty else { continue }
      lines += ["", say(isBacklink ? Labels.backlinks : Labels.links) + ":"]
      for group in chosen {
        for reference in group.cards {
          number += 1
          let inferred = group.inferred.contains(reference.id) ? " (" + say(CardLink.inferenceLabel) + ")" : ""
          lines.append(
            "[\(number)] \(say(group.name)): \(say(reference.title)) (\(reference.id))\(inferred)")
        }
      }
    }
    if !card.notes.isEmpty {
      lines += ["", say(CardFacts.Labels.factCheck) + ":"]
      for note in card.notes {
        lines.append(
          "- " + script(note.text[language], language) + " (" + say(Labels.source) + ": " + note.source + ")")
      }
    }
    if !card.sources.isEmpty {
      lines += ["", say(CardFacts.Labels.sources) + ":"]
      lines += card.sources.map { "- " + $0.text }
    }
    return lines.map { TerminalSanitizer.sanitize($0, keepNewlines: false) }
  }

  /// A Markdown body as lines: headings and quotations as their text, a paragraph joined into one line, a list item
  /// as `- item` (its continuation lines joined on).
  static func bodyLines(_ markdown: String) -> [String] {
    var lines: [String] = []
    var paragraph: [String] = []
    func flush() {
      if !paragraph.isEmpty { lines.append(PlainText.strip(paragraph.joined(separator: " "))) }
      paragraph = []
    }
    for raw in markdown.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty {
        flush()
      } else if line.hasPrefix("#") {
        flush()
        lines.append(PlainText.strip(String(line.drop { $0 == "#" })))
      } else if line.hasPrefix("- ") || line.hasPrefix("* ") {
        flush()
        paragraph = ["- " + line.dropFirst(2)]
      } else if line.hasPrefix(">") {
        paragraph.append(String(line.drop { $0 == ">" || $0 == " " }))
      } else {
        paragraph.append(line)
      }
    }
    flush()
    return lines.filter { !$0.isEmpty }
  }

  /// The reader's headings.
  public enum Labels {
    public static let links = LocalizedText(uz: "Havolalar", en: "Links")
    public static let backlinks = LocalizedText(uz: "Bu kartaga havolalar", en: "Linked from")
    public static let source = LocalizedText(uz: "manba", en: "source")
  }
}
