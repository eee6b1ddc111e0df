/// Where the reader has been, like a browser: visiting drops the forward entries; back and forward move through
/// the rest. Each entry remembers its scroll position and focused link.
public struct History: Sendable, Hashable {
  /// The cards visited, oldest first.
  public private(set) var entries: [CardViewState] = []
  /// The current entry; -1 when nothing was opened yet.
  public private(set) var index = -1

  /// An empty history.
  public init() {}

  /// The entry on show, if any.
  public var current: CardViewState? { entries.indices.contains(index) ? entries[index] : nil }
  /// Whether there is an earlier entry.
  public var canGoBack: Bool { index > 0 }
  /// Whether there is a later entry.
  public var canGoForward: Bool { index + 1 < entries.count }
  /// How many entries lie behind and ahead of the current one.
  public var backCount: Int { max(0, index) }
  /// How many entries lie ahead of the current one.
  public var forwardCount: Int { max(0, entries.count - index - 1) }

  /// Opens `id` after the current entry, dropping the forward entries. Revisiting the current card does nothing.
  public mutating func visit(_ id: String) {
    if current?.cardID == id { return }
    entries.removeSubrange(min(index + 1, entries.count)...)
    entries.append(CardViewState(cardID: id))
    index = entries.count - 1
  }

  /// Stores the view of the current entry (its scroll and focused link).
  public mutating func update(_ view: CardViewState) {
    guard entries.indices.contains(index), entries[index].cardID == view.cardID else { return }
    entries[index] = view
  }

  /// Steps back; the entry now current, nil at the first.
  public mutating func back() -> CardViewState? {
    guard canGoBack else { return nil }
    index -= 1
    return entries[index]
  }

  /// Steps forward; the entry now current, nil at the last.
  public mutating func forward() -> CardViewState? {
    guard canGoForward else { return nil }
    index += 1
    return entries[index]
  }
}

/// What the card pane shows: a card, how far it is scrolled and which link has the focus.
public struct CardViewState: Sendable, Hashable {
  /// The card shown.
  public var cardID: String
  /// The first line on screen.
  public var scroll = 0
  /// The link with the focus, if any.
  public var focusedLink: Int?
  /// The search whose words are marked in the card: the query it was opened from, if any.
  public var highlight: String?

  /// The view of `cardID` scrolled to `scroll`, with the words of `highlight` marked.
  public init(cardID: String, scroll: Int = 0, focusedLink: Int? = nil, highlight: String? = nil) {
    self.cardID = cardID
    self.scroll = scroll
    self.focusedLink = focusedLink
    self.highlight = highlight
  }
}
