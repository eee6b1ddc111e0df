import QomusCore

/// Work `update` asks the runtime to do; the result, if any, comes back as an `Action`.
public enum Effect: Sendable, Hashable {
  /// Run a search; answer with `Action.searchCompleted`.
  case search(query: String, options: SearchOptions)
  /// Repaint the whole terminal (Ctrl-L).
  case redraw
  /// Save a change to the user store; answer with `Action.storeChanged`.
  case store(StoreWrite)
  /// Choose `count` quiz questions from the review schedule at the current time; answer with
  /// `Action.quizPlanned`.
  case planQuiz(count: Int)
}

/// A change to the student's data, as the store makes it.
public enum StoreWrite: Sendable, Hashable {
  case star(String)
  case unstar(String)
  case saveNote(cardID: String, text: String)
  case removeNote(cardID: String)
  case recordAnswer(questionID: String, cardIDs: [String], correct: Bool)
}
