import QomusCore

/// One row of the key table: keys, the command they send in a context, and how help and the status bar name them.
public struct KeyBinding: Sendable {
  /// The keys that send the command.
  public var keys: [Key]
  /// What the keys mean.
  public var command: Command
  /// Where the binding applies.
  public var context: KeyContext
  /// The sentence in the help overlay.
  public var help: LocalizedText
  /// A short hint for the status bar (`keys` and a word), if this binding is worth one.
  public var hint: (keys: String, label: LocalizedText)?
  /// The keys as written in help, when not just the keys' labels (e.g. `1–6`).
  public var keyLabel: String?
  /// Whether the help overlay lists it (false for the siblings of a grouped row).
  public var listed: Bool

  /// A binding of `keys` to `command` in `context`, with its help sentence and an optional status-bar hint.
  public init(
    _ keys: [Key], _ command: Command, _ context: KeyContext, help: LocalizedText,
    hint: (keys: String, label: LocalizedText)? = nil, keyLabel: String? = nil, listed: Bool = true
  ) {
    self.keys = keys
    self.command = command
    self.context = context
    self.help = help
    self.hint = hint
    self.keyLabel = keyLabel
    self.listed = listed
  }

  /// The keys as shown in help.
  public var label: String { keyLabel ?? keys.map(\.label).joined(separator: " ") }
}

/// A status-bar hint: the keys, a word, and the command (to rank hints when space is short).
public struct KeyHint: Sendable, Hashable {
  /// The keys as the status bar shows them (`↑↓`).
  public var keys: String
  /// The word after the keys.
  public var label: LocalizedText
  /// The command hinted at.
  public var command: Command
}
