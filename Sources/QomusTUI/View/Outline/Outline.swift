/// The lines of a list-like view at one width, and the items among them the reader selects and opens. Built the
/// same way by `update` (to move and scroll) and by the widget (to draw).
struct Outline {
  struct Item {
    /// The lines the item takes.
    var lines: Range<Int>
    /// The card Enter opens.
    var cardID: String?
  }

  var lines: [[Span]] = []
  var items: [Item] = []

  /// Adds lines that can be selected, as one item.
  mutating func append(item itemLines: [[Span]], cardID: String?) {
    items.append(Item(lines: lines.count..<(lines.count + itemLines.count), cardID: cardID))
    lines += itemLines
  }

  /// Adds lines that cannot be selected (headings, gaps, explanations).
  mutating func append(text textLines: [[Span]]) {
    lines += textLines
  }

  /// The item whose lines include `line`.
  func item(atLine line: Int) -> Int? {
    items.firstIndex { $0.lines.contains(line) }
  }
}

extension ListState {
  /// Keeps `selected` among the outline's items and scrolls the fewest lines that show it in `visible` rows (with
  /// the headings above the first item).
  mutating func reveal(in outline: Outline, visible: Int) {
    let visible = max(1, visible)
    selected = outline.items.isEmpty ? 0 : min(max(0, selected), outline.items.count - 1)
    if let item = outline.items.indices.contains(selected) ? outline.items[selected] : nil {
      if selected == 0 || item.lines.lowerBound < offset {
        offset = selected == 0 ? 0 : item.lines.lowerBound
      }
      if item.lines.upperBound > offset + visible {
        offset = item.lines.upperBound - visible
      }
    }
    offset = max(0, min(offset, outline.lines.count - visible))
  }
}
