/// Renders a handout as one self-contained HTML page (inline CSS, no scripts, no external files) that prints
/// cleanly. Bodies go through Ink; everything else is escaped here.
struct HTMLHandout {
  let handout: Handout

  func render() -> String {
    let title = HTMLEscape.text(handout.label(handout.title))
    var out = [
      "<!DOCTYPE html>",
      "<html lang=\"\(handout.languages[0].rawValue)\">",
      "<head>",
      "<meta charset=\"utf-8\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<meta name=\"generator\" content=\"Qomus\">",
      "<title>\(title)</title>",
      "<style>\n\(HTMLStyle.css)\n</style>",
      "</head>",
      "<body>",
      "<header>",
      "<h1>\(title)</h1>",
    ]
    if let description = handout.description {
      out += handout.languages.map {
        "<p class=\"description\" lang=\"\($0.rawValue)\">\(HTMLEscape.text(handout.text(description, $0)))</p>"
      }
    }
    out.append(
      "<p class=\"generated\">\(HTMLEscape.text(handout.label(HandoutText.generated(handout.entries.count))))</p>"
    )
    out.append("</header>")
    out.append(contents())
    for (index, entry) in handout.entries.enumerated() {
      out.append(card(entry, number: index + 1))
    }
    out.append(sources())
    out.append(citations())
    out += ["</body>", "</html>"]
    return out.joined(separator: "\n") + "\n"
  }

  private func contents() -> String {
    var out = [
      "<nav class=\"contents\">",
      "<h2>\(HTMLEscape.text(handout.label(HandoutText.contents)))</h2>", "<ol>",
    ]
    out += handout.entries.map {
      "<li><a href=\"#\($0.card.id)\">\(HTMLEscape.text(title($0.card)))</a></li>"
    }
    out += ["</ol>", "</nav>"]
    return out.joined(separator: "\n")
  }

  private func card(_ entry: Handout.Entry, number: Int) -> String {
    let card = entry.card
    let bilingual = handout.languages.count > 1
    func meta(_ language: Language) -> String {
      HTMLEscape.text(handout.meta(of: card, language).joined(separator: " · "))
    }
    var out = [
      "<article class=\"card\" id=\"\(card.id)\">",
      "<h2>\(number). \(HTMLEscape.text(title(card)))</h2>",
      bilingual
        ? "<p class=\"meta\"><code>\(card.id)</code></p>"
        : "<p class=\"meta\">\(meta(handout.languages[0])) — <code>\(card.id)</code></p>",
    ]
    if let note = entry.note {
      out.append("<aside class=\"lecturer-note\">")
      out.append(
        "<strong>\(HTMLEscape.text(handout.label(CardFacts.Labels.lecturerNote))):</strong>")
      out += handout.languages.map { "<p lang=\"\($0.rawValue)\">\(HTMLEscape.text(handout.text(note, $0)))</p>" }
      out.append("</aside>")
    }
    for language in handout.languages {
      out.append("<section lang=\"\(language.rawValue)\">")
      if bilingual {
        out.append("<h3>\(HTMLEscape.text(handout.text(language.nativeName, language)))</h3>")
        out.append("<p class=\"meta\">\(meta(language))</p>")
      }
      out.append("<p class=\"summary\">\(HTMLEscape.text(handout.text(card.summary, language)))</p>")
      out.append(
        "<div class=\"body\">\(BodyHTML.render(handout.script.applyMarkdown(card.body[language], language)))</div>")
      out.append("</section>")
    }
    if !entry.links.isEmpty {
      out.append("<dl class=\"links\">")
      for group in entry.links {
        out.append("<dt>\(HTMLEscape.text(handout.label(group.name)))</dt>")
        let items = group.cards.map { reference in
          let text = HTMLEscape.text(
            handout.languages.map { handout.text(reference.title, $0) }.joined(separator: " / "))
          let mark =
            group.inferred.contains(reference.id)
            ? " <em>(\(HTMLEscape.text(handout.label(CardLink.inferenceLabel))))</em>" : ""
          return
            (handout.contains(reference.id)
            ? "<a href=\"#\(reference.id)\">\(text)</a>" : "\(text) <code>\(reference.id)</code>")
            + mark
        }
        out.append("<dd>\(items.joined(separator: "; "))</dd>")
      }
      out.append("</dl>")
    }
    if !card.notes.isEmpty {
      out.append("<aside class=\"fact-check\">")
      out.append("<h3>⚠ \(HTMLEscape.text(handout.label(CardFacts.Labels.factCheck)))</h3>")
      out.append("<ul>")
      for note in card.notes {
        let texts = handout.languages.map {
          "<span lang=\"\($0.rawValue)\">\(HTMLEscape.text(handout.text(note.text, $0)))</span>"
        }
        out.append(
          "<li>\(texts.joined(separator: "<br>")) <span class=\"source\">— \(HTMLEscape.text(note.source))</span></li>"
        )
      }
      out.append("</ul>")
      out.append("</aside>")
    }
    let numbers = entry.sourceNumbers.map { "<a href=\"#source-\($0)\">[\($0)]</a>" }.joined(
      separator: ", ")
    out.append(
      "<p class=\"sources-line\"><strong>\(HTMLEscape.text(handout.label(CardFacts.Labels.sources))):</strong> \(numbers)</p>"
    )
    out.append("</article>")
    return out.joined(separator: "\n")
  }

  private func sources() -> String {
    var out = [
      "<section id=\"sources\">",
      "<h2>\(HTMLEscape.text(handout.label(CardFacts.Labels.sources)))</h2>",
      "<ol class=\"bibliography\">",
    ]
    for source in handout.sources {
      let cited = source.cardIDs.map { "<a href=\"#\($0)\"><code>\($0)</code></a>" }.joined(
        separator: ", ")
      out.append(
        "<li id=\"source-\(source.number)\">\(text(of: source.source)) <span class=\"cited-by\">— \(cited)</span></li>"
      )
    }
    out += ["</ol>", "</section>"]
    return out.joined(separator: "\n")
  }

  private func citations() -> String {
    var out = [
      "<section id=\"citations\">",
      "<h2>\(HTMLEscape.text(handout.label(HandoutText.howToCite)))</h2>",
      "<ul class=\"citations\">",
    ]
    for entry in handout.entries {
      out += handout.languages.map {
        "<li lang=\"\($0.rawValue)\">\(HTMLEscape.text(handout.citation(of: entry, $0)))</li>"
      }
    }
    out += ["</ul>", "</section>"]
    return out.joined(separator: "\n")
  }

  private func title(_ card: Card) -> String {
    handout.languages.map { handout.text(card.title, $0) }.joined(separator: " / ")
  }

  private func text(of source: CardSource) -> String {
    switch source {
    case .section(let section):
      return HTMLEscape.text(handout.label(CardFacts.Labels.article) + ": " + handout.sectionNames(section))
    case .url(let url, let label):
      let safe = url.lowercased().hasPrefix("https://") || url.lowercased().hasPrefix("http://")
      let link =
        safe
        ? "<a href=\"\(HTMLEscape.text(url))\">\(HTMLEscape.text(url))</a>" : HTMLEscape.text(url)
      return label.map { HTMLEscape.text($0) + ": " + link } ?? link
    }
  }
}
