/// What a cell means, not how it looks: a theme maps each role to colours and attributes.
public enum StyleRole: UInt8, CaseIterable, Sendable, Hashable {
  case normal
  case dim
  case bold
  case italic
  case boldItalic
  case code
  case title
  case heading
  case accent
  case link
  case linkFocused
  case selection
  case selectionInactive
  case highlight
  case selectionHighlight
  case warning
  case quote
  case border
  case borderFocused
  case paneTitle
  case paneTitleFocused
  case scrollThumb
  case tab
  case tabActive
  case tabCount
  case appName
  case statusBar
  case statusKey
  case statusMessage
  case input
  case inputCursor
  case error
  /// A starred card's ★.
  case star
  /// A right answer, a filled progress bar.
  case success
  /// A wrong answer.
  case failure
  /// The big letters of a slide title.
  case slideTitle

  /// The name used in snapshot files.
  public var name: String { String(describing: self) }
}
