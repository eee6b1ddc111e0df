import QomusCore

/// The tabs of the header fitted to a width: labels shrink (with an ellipsis), then counts and labels of the
/// inactive tabs go, before anything is cut off. Used to draw the header and to hit-test clicks on it.
struct TabStrip: Hashable {
  struct Item: Hashable {
    var tab: Int
    var x: Int
    var number: String
    var label: String
    var count: String

    /// ` 1 Acts 8 `
    var width: Int {
      2 + number.count + (label.isEmpty ? 0 : 1 + TextLayout.width(of: label))
        + (count.isEmpty ? 0 : 1 + count.count)
    }
  }

  /// The app name's width at the left, 0 when it does not fit.
  let nameWidth: Int
  let items: [Item]

  init(catalog: Catalog, language: LanguageMode, active: Int, width: Int) {
    let full = catalog.tabs.enumerated().map { index, kind in
      Item(
        tab: index, x: 0, number: String(index + 1), label: language.text(kind.pluralName),
        count: String(catalog.ids(inTab: index).count))
    }
    func total(_ items: [Item]) -> Int {
      items.reduce(0) { $0 + $1.width } + max(0, items.count - 1)
    }
    var items = full
    // First the counts of the inactive tabs go, then their longest labels shrink, down to three columns.
    if total(items) > width {
      for index in items.indices where items[index].tab != active { items[index].count = "" }
    }
    let shortened = items
    var cap = items.map { TextLayout.width(of: $0.label) }.max() ?? 0
    while total(items) > width, cap > 4 {
      cap -= 1
      items = shortened.map { item in
        var item = item
        if item.tab != active { item.label = TextLayout.truncate(item.label, to: cap) }
        return item
      }
    }
    if total(items) > width {
      for index in items.indices where items[index].tab != active { items[index].label = "" }
    }
    if total(items) > width, let index = items.firstIndex(where: { $0.tab == active }) {
      let room = width - (total(items) - items[index].width) - 3 - items[index].number.count
      items[index].count = ""
      items[index].label = TextLayout.truncate(items[index].label, to: max(0, room))
    }
    let name = TextLayout.width(of: Strings.appName) + 3
    nameWidth = total(items) + name <= width ? name : 0
    var x = nameWidth
    for index in items.indices {
      items[index].x = x
      x += items[index].width + 1
    }
    self.items = items
  }

  /// The tab at column `x`.
  func tab(atColumn x: Int) -> Int? {
    items.first { x >= $0.x && x < $0.x + $0.width }?.tab
  }
}
