import ArgumentParser
import Foundation
import QomusCore

/// `--retention R`: the probability of recall at which a question comes back (FSRS's desired retention).
struct RetentionOption: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The desired retention: the probability of recall at which a question comes back, 0.70 to 0.97.",
      valueName: "r"))
  var retention: String = DesiredRetention.standard.description

  /// The checked value; an error naming the accepted range otherwise (read here, not by the parser, so that a bad
  /// value gets one line that says what is accepted rather than the usage).
  func desiredRetention() throws -> DesiredRetention {
    guard let value = Double(retention.trimmingCharacters(in: .whitespaces)) else {
      throw RetentionError(description: "--retention: '\(retention)' is not a number; give one from 0.70 to 0.97")
    }
    do {
      return try DesiredRetention(value)
    } catch {
      throw RetentionError(description: "--retention: \(error.description)")
    }
  }
}

/// A `--retention` outside the accepted range, named as the user typed it.
struct RetentionError: Error, CustomStringConvertible {
  var description: String
}
