import Foundation
import QomusCore

/// What a list-like view (chain, overview, timeline, notes) lists, kept in the view's state: its lines as words and
/// roles, the items among them the reader selects and opens (card ids, the rows each takes). Built once when the
/// view opens or what it shows changes (`Key`); moving the selection and finding the focused card only read it,
/// and the view makes spans only for the lines on screen.
struct OutlineModel: Sendable, Hashable {
  /// What an outline is built from; when it differs from the state's, the outline is built again.
  struct Key: Sendable, Hashable {
    /// Which view, with its own inputs.
    enum Source: Sendable, Hashable {
      case chain(proposalID: String)
      case overview(ProposalOverview.Order)
      case timeline
      case notes(NotesState.Section, query: String)
    }

    var source: Source
    var language: LanguageMode
    /// The width of the list: wrapped notes take more rows when narrow.
    var width: Int
    /// The stars and notes the rows mark.
    var user: UserSnapshot
  }

  /// An item: the lines it takes and the card Enter opens.
  struct Item: Sendable, Hashable {
    var lines: Range<Int>
    var cardID: String?
  }

  /// What the outline was built from.
  let key: Key
  private(set) var lines: [OutlineLine] = []
  private(set) var items: [Item] = []
  private var itemLines: [Range<Int>] = []

  /// An empty outline for `key`.
  init(key: Key) {
    self.key = key
  }

  /// Adds lines that can be selected, as one item.
  mutating func append(item itemLines: [OutlineLine], cardID: String?) {
    let range = lines.count..<(lines.count + itemLines.count)
    items.append(Item(lines: range, cardID: cardID))
    self.itemLines.append(range)
    lines += itemLines
  }

  /// Adds lines that cannot be selected (headings, gaps, explanations).
  mutating func append(text textLines: [OutlineLine]) {
    lines += textLines
  }

  /// Where the items sit among the lines, for `ListState` and `ListView`.
  var rows: ListRows { ListRows(items: itemLines, rows: lines.count) }

  /// The card of item `index`, if there is one.
  func cardID(at index: Int) -> String? {
    items.indices.contains(index) ? items[index].cardID : nil
  }
}

extension OutlineModel {
  /// Counts outline builds, for tests that check a keystroke does not rebuild (`$builds.withValue`).
  final class BuildCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// The builds counted so far.
    var count: Int { lock.withLock { value } }

    func increment() { lock.withLock { value += 1 } }
  }

  /// The counter builds are reported to in the current task, if any.
  @TaskLocal static var builds: BuildCounter?
}
