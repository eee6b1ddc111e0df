/// A mistake in what the user asked for, named in one line: printed as `qomus: error: …`, exit status 64
/// (EX_USAGE), with no usage text.
enum CommandError: Error, CustomStringConvertible {
  case unknownCommand(String, suggestions: [String])
  case unknownCard(String, suggestions: [String])

  var description: String {
    switch self {
    case .unknownCommand(let name, let suggestions):
      "unknown command '\(name)'" + Self.hint(suggestions) + " ('qomus --help' lists the commands)"
    case .unknownCard(let id, let suggestions):
      "no card with id '\(id)'" + Self.hint(suggestions)
    }
  }

  private static func hint(_ suggestions: [String]) -> String {
    guard !suggestions.isEmpty else { return "" }
    return " — did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
  }
}
