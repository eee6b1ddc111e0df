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

  /// Where the items sit among the lines, for `ListState` and `ListView`.
  var rows: ListRows { ListRows(items: items.map(\.lines), rows: lines.count) }
}
