/// What a key means: the key table maps keys to commands, `update` gives each command its effect in the current
/// mode and pane.
public enum Command: Hashable, Sendable {
  case quit
  case toggleHelp
  case cycleLanguage
  case openSearch
  case openFilter
  case selectTab(Int)
  case nextTab
  case previousTab
  case moveUp
  case moveDown
  case pageUp
  case pageDown
  case halfPageUp
  case halfPageDown
  case top
  case bottom
  /// Open the selected card, or follow the focused link.
  case open
  /// Open the selected card and focus its first link.
  case openAndFocusLink
  case back
  case forward
  case nextLink
  case previousLink
  /// Close the overlay or mode on top, or return to the list.
  case cancel
  case redraw
  // Text input.
  case insert(Character)
  case deleteBackward
  case deleteForward
  case deleteWord
  case clearInput
  case cursorLeft
  case cursorRight
  case cursorStart
  case cursorEnd
}
