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
  // Views (issue 6).
  /// Pick a tour to present (the current card's tour first).
  case present
  case openMatrix
  /// The chain of the current proposal.
  case openChain
  case openOverview
  case openTimeline
  /// The starred cards and the notes.
  case openNotes
  case openQuiz
  case showCitation
  /// Star or unstar the current card.
  case toggleStar
  /// Write the personal note on the current card.
  case editNote
  case moveLeft
  case moveRight
  case nextSlide
  case previousSlide
  /// A digit of a slide number; Enter then jumps to it.
  case slideDigit(Int)
  /// A digit of a link's number (accessible mode); Enter then follows it.
  case linkDigit(Int)
  case toggleLecturerNote
  /// Say how to leave a presentation (Esc there does not leave: only `q` does).
  case explainLeaving
  /// The next sort order of a view.
  case cycleSort
  /// The other section of a view (stars / notes).
  case switchSection
  /// Answer a quiz question with option `n` (0-based).
  case answer(Int)
  /// A line break in the note editor.
  case newline
  case save
  /// Leave without saving (after a question).
  case discard
}
