import QomusCore

/// Work `update` asks the runtime to do; the result, if any, comes back as an `Action`.
public enum Effect: Sendable, Hashable {
  /// Run a search; answer with `Action.searchCompleted`.
  case search(query: String, options: SearchOptions)
  /// Repaint the whole terminal (Ctrl-L).
  case redraw
}
