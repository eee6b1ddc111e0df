import ArgumentParser
import Foundation

extension Qomus {
  /// Runs the command line: a mistyped subcommand is named with a suggestion (the default subcommand would
  /// otherwise report its own usage); errors are one line on stderr, never a usage dump; `--help` and
  /// `--version` print as usual.
  public static func runAsMain(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
    do {
      try rejectUnknownCommand(arguments)
      var command = try parseAsRoot(arguments)
      try command.run()
      terminate(0)
    } catch {
      fail(error, arguments: arguments)
    }
  }

  /// The names the first argument may be: every subcommand, and `help`.
  static var commandNames: [String] {
    configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
  }

  /// Throws when the first argument is a word that names no subcommand: the explorer takes no arguments, so
  /// `qomus serach x` is a typo, not an explorer option.
  static func rejectUnknownCommand(_ arguments: [String]) throws {
    guard let first = arguments.first, !first.hasPrefix("-"), !commandNames.contains(first) else { return }
    throw CommandError.unknownCommand(first, suggestions: Suggestions.near(first, in: commandNames))
  }

  private static func fail(_ error: Error, arguments: [String]) -> Never {
    let code: Int32
    switch error {
    case let error as CommandError:
      FileHandle.standardError.write(Data("qomus: error: \(error)\n".utf8))
      code = 64
    case let error as ExitCode:
      code = error.rawValue
    default:
      let status = exitCode(for: error)
      if status == .success {
        print(fullMessage(for: error))  // --help, --version
        terminate(0)
      }
      var message = message(for: error)
      if status == .validationFailure {
        let command = arguments.first.flatMap { commandNames.contains($0) ? "qomus \($0)" : nil } ?? "qomus"
        message += " (see '\(command) --help')"
      }
      if !message.isEmpty { FileHandle.standardError.write(Data("qomus: error: \(message)\n".utf8)) }
      code = status.rawValue
    }
    terminate(code)
  }
}

/// Ends the process (the global `exit`, which inside `Qomus` means the command's own `exit(withError:)`).
private func terminate(_ code: Int32) -> Never { exit(code) }
