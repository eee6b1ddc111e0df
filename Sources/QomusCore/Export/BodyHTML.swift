import Foundation
import Ink

/// Card bodies as HTML, through Ink. Raw HTML in a body is shown as text, never passed through; links keep only
/// `http(s)`, `mailto` and in-page targets; images become links — so a shared handout runs no content.
enum BodyHTML {
  static func render(_ markdown: String) -> String {
    var parser = MarkdownParser()
    parser.addModifier(Modifier(target: .html) { input in HTMLEscape.text(String(input.markdown)) })
    parser.addModifier(Modifier(target: .links) { input in safeLink(input.html) })
    parser.addModifier(
      Modifier(target: .images) { input in HTMLEscape.text(String(input.markdown)) })
    return parser.html(from: markdown)
  }

  /// `<a href="…">…</a>` as Ink made it, or only its text when the target is not a safe one.
  static func safeLink(_ html: String) -> String {
    let prefix = "<a href=\""
    guard html.hasPrefix(prefix), let close = html.range(of: "\">") else { return html }
    let href = String(html[html.index(html.startIndex, offsetBy: prefix.count)..<close.lowerBound])
    let inner = String(html[close.upperBound...].dropLast("</a>".count))
    let safe = ["https://", "http://", "mailto:", "#"].contains { href.lowercased().hasPrefix($0) }
    guard safe, !href.contains("\""), !href.contains("<") else { return inner }
    return prefix + href.replacingOccurrences(of: "&", with: "&amp;") + "\">" + inner + "</a>"
  }
}

/// Escaping for HTML text and attribute values.
enum HTMLEscape {
  static func text(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}
