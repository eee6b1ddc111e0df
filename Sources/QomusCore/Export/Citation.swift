/// How to cite a card in a paper. One documented style (docs/citation.md), rendered as plain text or BibTeX:
///
///     Qomus card “Law ‘On Electronic Government’” (act-uz-egov-law), based on: the source article, sections
///     Introduction (Kirish), Results 1 (Natijalar 1), Conclusion (Xulosa); lex.uz, https://lex.uz/docs/2833855;
///     accessed via Qomus.
///
/// With an access date (handouts and briefs) the end reads “accessed 2026-12-01”.
public struct Citation: Sendable, Hashable {
  /// The renderings of the style.
  public enum Format: String, CaseIterable, Sendable {
    case plain, bibtex
  }

  /// An official page the card is based on.
  public struct Page: Sendable, Hashable {
    public var url: String
    public var label: String?
  }

  public var cardID: String
  public var title: LocalizedText
  /// The sections of the source article the card draws on, one per item.
  public var sections: [String]
  /// The title of the source article's own card, when the corpus has one.
  public var articleTitle: LocalizedText?
  public var pages: [Page]

  public init(card: Card, in corpus: Corpus) {
    cardID = card.id
    title = card.title
    var sections: [String] = []
    var pages: [Page] = []
    for source in card.sources {
      switch source {
      case .section(let text):
        sections += text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
          .filter { !$0.isEmpty }
      case .url(let url, let label):
        pages.append(Page(url: url, label: label))
      }
    }
    self.sections = sections
    self.pages = pages
    articleTitle = card.kind == .source ? nil : corpus.cards(of: .source).first?.title
  }

  /// The citation in `format`, `language` and `script`; `accessed` (an ISO date such as `2026-12-01`) replaces
  /// “accessed via Qomus” with “accessed 2026-12-01”.
  public func text(
    _ format: Format = .plain, language: Language = .en, accessed: String? = nil,
    script: ExportScript = .latin
  ) -> String {
    switch format {
    case .plain: plain(language, accessed: accessed, script: script)
    case .bibtex: bibtex(language, accessed: accessed, script: script)
    }
  }

  private func plain(_ language: Language, accessed: String?, script: ExportScript) -> String {
    let words = Self.words(language)
    return script.apply("\(words.card) ", language)
      + script.apply(Self.quoted(title[language], language), language) + " (\(cardID)), "
      + script.apply("\(words.basedOn): ", language)
      + basis(language, script: script).joined(separator: "; ") + "; "
      + script.apply(Self.accessedText(words, accessed), language) + "."
  }

  /// “the source article, sections …” then each page as “label, url”.
  func basis(_ language: Language, script: ExportScript = .latin) -> [String] {
    let words = Self.words(language)
    var parts: [String] = []
    if !sections.isEmpty {
      let article = articleTitle.map { Self.quoted($0[language], language) } ?? words.article
      let heading = sections.count == 1 ? words.section : words.sections
      let names = sections.map { ArticleSection.name($0, in: language) }
      parts.append(script.apply("\(article), \(heading) " + names.joined(separator: ", "), language))
    }
    parts += pages.map { page in
      page.label.map { "\(script.apply($0, language)), \(page.url)" } ?? page.url
    }
    return parts
  }

  private static func accessedText(_ words: Words, _ date: String?) -> String {
    date.map { "\(words.accessedOn) \($0)" } ?? words.accessed
  }

  private func bibtex(_ language: Language, accessed: String?, script: ExportScript) -> String {
    let words = Self.words(language)
    var note =
      script.apply("\(words.basedOn.prefix(1).uppercased())\(words.basedOn.dropFirst()): ", language)
      + basis(language, script: script).joined(separator: "; ")
    note += "; " + script.apply(Self.accessedText(words, accessed), language)
    var lines = [
      "@misc{qomus:\(cardID),",
      "  title = {{\(Self.bibEscape(script.apply(title[language], language)))}},",
      "  howpublished = {\(Self.bibEscape(script.apply(words.card, language) + " " + cardID))},",
      "  note = {\(Self.bibEscape(note))},",
    ]
    if let url = pages.first?.url { lines.append("  url = {\(url)},") }
    lines.append("  language = {\(language == .uz ? "uzbek" : "english")},")
    lines.append("}")
    return lines.joined(separator: "\n")
  }

  /// `text` in the language's outer quotation marks, its own marks turned into the inner ones.
  static func quoted(_ text: String, _ language: Language) -> String {
    switch language {
    case .en:
      "“" + text.replacingOccurrences(of: "“", with: "‘").replacingOccurrences(of: "”", with: "’")
        + "”"
    case .uz:
      "«" + text.replacingOccurrences(of: "«", with: "“").replacingOccurrences(of: "»", with: "”")
        + "»"
    }
  }

  static func bibEscape(_ text: String) -> String {
    var result = ""
    for character in text {
      if "&%$#_{}".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  private struct Words {
    var card, basedOn, article, section, sections, accessed, accessedOn: String
  }

  private static func words(_ language: Language) -> Words {
    switch language {
    case .en:
      Words(
        card: "Qomus card", basedOn: "based on", article: "the source article", section: "section",
        sections: "sections", accessed: "accessed via Qomus",
        accessedOn: "accessed")
    case .uz:
      Words(
        card: "Qomus kartasi", basedOn: "asos", article: "manba maqola", section: "boʻlim",
        sections: "boʻlimlar",
        accessed: "Qomus orqali olingan", accessedOn: "murojaat sanasi:")
    }
  }
}
