/// How to cite a card in a paper. One documented style (docs/citation.md), rendered as plain text or BibTeX:
///
///     Qomus card “Law ‘On Electronic Government’” (act-uz-egov-law), based on: the source article, sections
///     Kirish; Natijalar 1; Xulosa; lex.uz, https://lex.uz/docs/2833855; accessed via Qomus.
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

  /// The citation in `format` and `language`.
  public func text(_ format: Format = .plain, language: Language = .en) -> String {
    switch format {
    case .plain: plain(language)
    case .bibtex: bibtex(language)
    }
  }

  private func plain(_ language: Language) -> String {
    let words = Self.words(language)
    return "\(words.card) \(Self.quoted(title[language], language)) (\(cardID)), \(words.basedOn): "
      + basis(language).joined(separator: "; ") + "; \(words.accessed)."
  }

  /// “the source article, sections …” then each page as “label, url”.
  func basis(_ language: Language) -> [String] {
    let words = Self.words(language)
    var parts: [String] = []
    if !sections.isEmpty {
      let article = articleTitle.map { Self.quoted($0[language], language) } ?? words.article
      let heading = sections.count == 1 ? words.section : words.sections
      parts.append("\(article), \(heading) " + sections.joined(separator: ", "))
    }
    parts += pages.map { page in page.label.map { "\($0), \(page.url)" } ?? page.url }
    return parts
  }

  private func bibtex(_ language: Language) -> String {
    let words = Self.words(language)
    var note =
      "\(words.basedOn.prefix(1).uppercased())\(words.basedOn.dropFirst()): "
      + basis(language).joined(separator: "; ")
    note += "; \(words.accessed)"
    var lines = [
      "@misc{qomus:\(cardID),",
      "  title = {{\(Self.bibEscape(title[language]))}},",
      "  howpublished = {\(Self.bibEscape("\(words.card) \(cardID)"))},",
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
    var card, basedOn, article, section, sections, accessed: String
  }

  private static func words(_ language: Language) -> Words {
    switch language {
    case .en:
      Words(
        card: "Qomus card", basedOn: "based on", article: "the source article", section: "section",
        sections: "sections", accessed: "accessed via Qomus")
    case .uz:
      Words(
        card: "Qomus kartasi", basedOn: "asos", article: "manba maqola", section: "boʻlim",
        sections: "boʻlimlar",
        accessed: "Qomus orqali olingan")
    }
  }
}
