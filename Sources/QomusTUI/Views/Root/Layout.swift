/// Where everything goes for a state's size and mode: value arithmetic shared by `View` (to draw) and `update`
/// (to page, scroll and hit-test clicks). Below `minimum` only a "too small" message is drawn.
public struct Layout: Sendable, Hashable {
  /// The smallest usable terminal.
  public static let minimum = Size(width: 30, height: 8)
  /// From this width on, list and card sit side by side.
  public static let splitWidth = 70
  /// The widest a card's text gets, per column.
  public static let maxTextWidth = 100

  /// The screen size laid out.
  public let size: Size
  /// Below `minimum`: only the “too small” message is drawn.
  public let isTooSmall: Bool
  /// List and card side by side (else one at a time).
  public let isSplit: Bool
  /// The tab bar, the top row.
  public let header: Rect
  /// The status bar, the bottom row.
  public let status: Rect
  /// Between the header and the status bar: where the full-screen views go.
  public let body: Rect
  /// The list box, borders included (empty when hidden).
  public let listBox: Rect
  /// The card box, borders included (empty when hidden).
  public let cardBox: Rect
  /// Rows at the top of the list box for a text field (search or filter).
  public let listInputRows: Int
  /// Rows per list item: 1 for cards, 3 for search results.
  public let listItemHeight: Int

  /// The layout for the state’s size, focus and mode.
  public init(state: AppState) {
    size = state.size
    isTooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
    let screen = Rect(size)
    let (top, rest) = screen.splitRows(1)
    let (body, bottom) = rest.splitBottom(1)
    header = top
    status = bottom
    self.body = body
    isSplit = size.width >= Self.splitWidth
    let searching = state.search != nil
    if isSplit {
      let listWidth = min(max(size.width / 3, 26), 56)
      (listBox, cardBox) = body.splitColumns(listWidth)
    } else if state.focus == .card && !searching {
      (listBox, cardBox) = (.zero, body)
    } else {
      (listBox, cardBox) = (body, .zero)
    }
    switch state.mode {
    case .search: (listInputRows, listItemHeight) = (2, 3)
    case .filter: (listInputRows, listItemHeight) = (1, 1)
    default: (listInputRows, listItemHeight) = searching ? (2, 3) : (0, 1)
    }
  }

  /// Inside the list box's border.
  public var listBody: Rect { listBox.isEmpty ? .zero : listBox.inset(dx: 1, dy: 1) }
  /// The list items, below any text field.
  public var listItems: Rect { listBody.splitRows(listInputRows).1 }
  /// How many items fit.
  public var listRows: Int { max(1, listItems.height / listItemHeight) }

  /// Inside the card box's border, with a column of padding on each side.
  public var cardBody: Rect { cardBox.isEmpty ? .zero : cardBox.inset(dx: 2, dy: 1) }
  /// The card text rows visible at once.
  public var cardRows: Int { max(1, cardBody.height) }
  /// The width cards are laid out at: the card body's, also while the card box is hidden on a narrow screen.
  public var cardTextWidth: Int { max(10, isSplit ? cardBody.width : size.width - 4) }
}
