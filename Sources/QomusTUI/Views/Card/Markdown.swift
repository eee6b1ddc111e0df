import Foundation
import QomusCore

/// The Markdown of card bodies, rendered as styled, wrapped lines: paragraphs, `-`/`*` and numbered lists,
/// `>` quotes, `#` headings, `---` rules; inline `**bold**`, `*italic*`, `` `code` `` and `[text](url)`.
enum Markdown {
  enum Block: Equatable {
    case paragraph(String)
    case bullet(String)
    case numbered(String, String)
    case quote(String)
    case heading(String)
    case rule
  }

  /// The blocks of `text`. Lines of one paragraph or list item are joined with spaces.
  static func blocks(_ text: String) -> [Block] {
    var blocks: [Block] = []
    var current: Block?
    func flush() {
      if let block = current { blocks.append(block) }
      current = nil
    }
    func append(_ line: String) {
      switch current {
      case .paragraph(let text): current = .paragraph(text + " " + line)
      case .bullet(let text): current = .bullet(text + " " + line)
      case .numbered(let number, let text): current = .numbered(number, text + " " + line)
      case .quote(let text): current = .quote(text + " " + line)
      default:
        flush()
        current = .paragraph(line)
      }
    }
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = trimmed(raw)
      if line.isEmpty {
        flush()
      } else if line.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" }) && line.count >= 3 {
        flush()
        blocks.append(.rule)
      } else if line.hasPrefix("#") {
        flush()
        blocks.append(
          .heading(trimmed(line.drop(while: { $0 == "#" }))))
      } else if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") {
        flush()
        current = .bullet(String(line.dropFirst(2)))
      } else if let number = numberedPrefix(line) {
        flush()
        current = .numbered(
          number, trimmed(line.dropFirst(number.count + 1)))
      } else if line.hasPrefix(">") {
        let text = trimmed(line.dropFirst())
        if case .quote = current {
          append(text)
        } else {
          flush()
          current = .quote(text)
        }
      } else {
        append(line)
      }
    }
    flush()
    return blocks
  }

  /// `text` without the blanks at either end.
  static func trimmed(_ text: some StringProtocol) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
      let last = text.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(text[first...last])
  }

  /// `12.` or `3)` at the start of a line: the number with its mark.
  private static func numberedPrefix(_ line: String) -> String? {
    let digits = line.prefix(while: \.isNumber)
    guard !digits.isEmpty, digits.count <= 3 else { return nil }
    let rest = line.dropFirst(digits.count)
    guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else {
      return nil
    }
    return String(digits) + String(mark)
  }

  /// The inline spans of `text` on `base`, each run passed through `script` (for Cyrillic display).
  static func inline(_ text: String, base: StyleRole, script: (String) -> String) -> [Span] {
    if !text.contains(where: { $0 == "*" || $0 == "`" || $0 == "[" }) {
      return text.isEmpty ? [] : [Span(script(text), role: base)]
    }
    var spans: [Span] = []
    var buffer = ""
    var bold = false
    var italic = false
    let characters = Array(text)
    func role() -> StyleRole {
      switch (bold, italic) {
      case (true, true): .boldItalic
      case (true, false): base == .quote ? .boldItalic : .bold
      case (false, true): .italic
      case (false, false): base
      }
    }
    func flush(_ role: StyleRole) {
      guard !buffer.isEmpty else { return }
      spans.append(Span(script(buffer), role: role))
      buffer = ""
    }
    func closes(_ marker: [Character], from index: Int) -> Bool {
      var i = index
      while i + marker.count <= characters.count {
        if Array(characters[i..<i + marker.count]) == marker, i > index, characters[i - 1] != " " {
          return true
        }
        i += 1
      }
      return false
    }
    /// A marker at `index` opens a run when a non-space follows it and a closing marker comes later.
    func opens(_ marker: [Character], at index: Int) -> Bool {
      let after = index + marker.count
      return after < characters.count && characters[after] != " " && closes(marker, from: after)
    }
    var index = 0
    while index < characters.count {
      let character = characters[index]
      let next = index + 1 < characters.count ? characters[index + 1] : nil
      if character == "*", next == "*", bold || opens(["*", "*"], at: index) {
        flush(role())
        bold.toggle()
        index += 2
      } else if character == "*", italic || opens(["*"], at: index) {
        flush(role())
        italic.toggle()
        index += 1
      } else if character == "`", let end = characters[(index + 1)...].firstIndex(of: "`") {
        flush(role())
        spans.append(Span(String(characters[(index + 1)..<end]), role: .code))
        index = end + 1
      } else if character == "[", let close = characters[(index + 1)...].firstIndex(of: "]"),
        close + 1 < characters.count, characters[close + 1] == "(",
        let end = characters[(close + 1)...].firstIndex(of: ")")
      {
        flush(role())
        buffer = String(characters[(index + 1)..<close])
        flush(bold ? .bold : .link)
        spans.append(Span(" (" + String(characters[(close + 2)..<end]) + ")", role: .dim))
        index = end + 1
      } else {
        buffer.append(character)
        index += 1
      }
    }
    flush(role())
    return spans
  }

  /// `text` rendered at `width`: wrapped blocks separated by blank lines.
  static func render(_ text: String, width: Int, script: (String) -> String) -> [[Span]] {
    var lines: [[Span]] = []
    let blocks = blocks(text)
    for (index, block) in blocks.enumerated() {
      if index > 0 {
        let listContinues: Bool
        switch (blocks[index - 1], block) {
        case (.bullet, .bullet), (.numbered, .numbered): listContinues = true
        default: listContinues = false
        }
        if !listContinues { lines.append([]) }
      }
      switch block {
      case .paragraph(let text):
        lines += TextLayout.wrap(inline(text, base: .normal, script: script), width: width)
      case .heading(let text):
        lines += TextLayout.wrap(inline(text, base: .heading, script: script), width: width)
      case .bullet(let text):
        lines += hanging(
          inline(text, base: .normal, script: script), marker: Span("• ", role: .accent),
          width: width)
      case .numbered(let number, let text):
        lines += hanging(
          inline(text, base: .normal, script: script), marker: Span(number + " ", role: .accent),
          width: width)
      case .quote(let text):
        lines += TextLayout.wrap(inline(text, base: .quote, script: script), width: width - 2).map {
          [Span("│ ", role: .accent)] + $0
        }
      case .rule:
        lines.append([Span(String(repeating: "─", count: max(1, width)), role: .border)])
      }
    }
    return lines
  }

  /// `spans` wrapped after `marker`, with the following lines indented under the text.
  static func hanging(_ spans: [Span], marker: Span, width: Int) -> [[Span]] {
    let indent = [marker].width
    let wrapped = TextLayout.wrap(spans, width: width - indent)
    return wrapped.enumerated().map { index, line in
      [index == 0 ? marker : Span(String(repeating: " ", count: indent), role: .normal)] + line
    }
  }
}
