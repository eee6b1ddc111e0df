import QomusCore

/// The one table of keys: `update` resolves keys through it, the `?` overlay lists it and the status bar takes its
/// hints from it, so the three never disagree.
public enum KeyTable {
  private typealias L = LocalizedText

  /// Every binding, in the order help lists them.
  public static let bindings: [KeyBinding] =
    listBindings + cardBindings + cardLinkBindings + searchBindings + filterBindings
    + helpBindings + globalBindings + cardActionBindings + viewBindings

  private static let listBindings: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .moveUp, .list, help: L(uz: "Yuqoriga", en: "Move up"),
      hint: ("↑↓", L(uz: "tanlash", en: "move"))),
    KeyBinding([.down, .character("j")], .moveDown, .list, help: L(uz: "Pastga", en: "Move down")),
    KeyBinding(
      [.left, .character("h")], .previousTab, .list,
      help: L(uz: "Oldingi boʻlim", en: "Previous tab"),
      hint: ("←→", L(uz: "boʻlim", en: "tab"))),
    KeyBinding(
      [.right, .character("l")], .nextTab, .list, help: L(uz: "Keyingi boʻlim", en: "Next tab")),
    KeyBinding(
      [.enter, .character(" ")], .open, .list, help: L(uz: "Kartani ochish", en: "Open the card"),
      hint: ("⏎", L(uz: "ochish", en: "open"))),
    KeyBinding(
      [.tab], .openAndFocusLink, .list,
      help: L(uz: "Kartani ochib, birinchi havolaga oʻtish", en: "Open the card at its first link")),
    KeyBinding([.pageUp], .pageUp, .list, help: L(uz: "Bir sahifa yuqoriga", en: "Page up")),
    KeyBinding([.pageDown], .pageDown, .list, help: L(uz: "Bir sahifa pastga", en: "Page down")),
    KeyBinding(
      [.control("u")], .halfPageUp, .list,
      help: L(uz: "Yarim sahifa yuqoriga", en: "Half a page up")),
    KeyBinding(
      [.control("d")], .halfPageDown, .list,
      help: L(uz: "Yarim sahifa pastga", en: "Half a page down")),
    KeyBinding([.character("g"), .home], .top, .list, help: L(uz: "Birinchisi", en: "First card")),
    KeyBinding([.character("G"), .end], .bottom, .list, help: L(uz: "Oxirgisi", en: "Last card")),
    KeyBinding(
      [.character("\\")], .openFilter, .list,
      help: L(uz: "Roʻyxatni nom boʻyicha saralash", en: "Filter the list by title"),
      hint: ("\\", L(uz: "saralash", en: "filter"))),
    KeyBinding(
      [.escape], .cancel, .list, help: L(uz: "Saralashni bekor qilish", en: "Clear the filter")),
  ]

  private static let cardBindings: [KeyBinding] = [
    KeyBinding(
      [.tab], .nextLink, .card, help: L(uz: "Keyingi havola", en: "Next link"),
      hint: ("⇥", L(uz: "havola", en: "link"))),
    KeyBinding(
      [.backTab], .previousLink, .card, help: L(uz: "Oldingi havola", en: "Previous link")),
    KeyBinding(
      [.enter], .open, .card, help: L(uz: "Havolaga oʻtish", en: "Follow the focused link"),
      hint: ("⏎", L(uz: "oʻtish", en: "follow"))),
    KeyBinding(
      [.left, .character("h"), .backspace, .character("b")], .back, .card,
      help: L(
        uz: "Orqaga (tarix); boshida roʻyxatga", en: "Back in history; at the start, to the list"),
      hint: ("←", L(uz: "orqaga", en: "back"))),
    KeyBinding(
      [.right, .character("l"), .character("f")], .forward, .card,
      help: L(uz: "Oldinga (tarix)", en: "Forward in history")),
    KeyBinding(
      [.up, .character("k")], .moveUp, .card, help: L(uz: "Bir qator yuqoriga", en: "Scroll up")),
    KeyBinding(
      [.down, .character("j")], .moveDown, .card,
      help: L(uz: "Bir qator pastga", en: "Scroll down"),
      hint: ("↑↓", L(uz: "aylantirish", en: "scroll"))),
    KeyBinding([.pageUp], .pageUp, .card, help: L(uz: "Bir sahifa yuqoriga", en: "Page up")),
    KeyBinding(
      [.pageDown, .character(" ")], .pageDown, .card,
      help: L(uz: "Bir sahifa pastga", en: "Page down")),
    KeyBinding(
      [.control("u")], .halfPageUp, .card,
      help: L(uz: "Yarim sahifa yuqoriga", en: "Half a page up")),
    KeyBinding(
      [.control("d")], .halfPageDown, .card,
      help: L(uz: "Yarim sahifa pastga", en: "Half a page down")),
    KeyBinding(
      [.character("g"), .home], .top, .card, help: L(uz: "Boshiga", en: "Top of the card")),
    KeyBinding(
      [.character("G"), .end], .bottom, .card, help: L(uz: "Oxiriga", en: "End of the card")),
    KeyBinding([.escape], .cancel, .card, help: L(uz: "Roʻyxatga qaytish", en: "Back to the list")),
  ]

  /// Accessible mode numbers the links: a number, then Enter, follows one (the digits then do not switch tabs).
  private static let cardLinkBindings: [KeyBinding] =
    [
      KeyBinding(
        [.character("0")], .linkDigit(0), .cardLinks,
        help: L(
          uz: "Havola raqami, keyin Enter: shu havolaga oʻtish",
          en: "A link's number, then Enter: follow that link"),
        keyLabel: "0–9 ⏎")
    ]
    + (1...9).map { digit in
      KeyBinding(
        [.character(Character(String(digit)))], .linkDigit(digit), .cardLinks,
        help: L(uz: "Havola raqami", en: "Link number"), listed: false)
    }

  private static let editing: [(Key, Command, L)] = [
    (
      .backspace, .deleteBackward,
      L(uz: "Oldingi belgini oʻchirish", en: "Delete the character before")
    ),
    (.delete, .deleteForward, L(uz: "Keyingi belgini oʻchirish", en: "Delete the character after")),
    (.control("w"), .deleteWord, L(uz: "Soʻzni oʻchirish", en: "Delete a word")),
    (.control("u"), .clearInput, L(uz: "Hammasini oʻchirish", en: "Clear")),
    (.left, .cursorLeft, L(uz: "Kursor chapga", en: "Cursor left")),
    (.right, .cursorRight, L(uz: "Kursor oʻngga", en: "Cursor right")),
    (.control("a"), .cursorStart, L(uz: "Boshiga", en: "Cursor to start")),
    (.control("e"), .cursorEnd, L(uz: "Oxiriga", en: "Cursor to end")),
  ]

  static func editingBindings(_ context: KeyContext) -> [KeyBinding] {
    editing.map { key, command, help in
      KeyBinding([key], command, context, help: help, listed: context == .search)
    }
  }

  private static let searchBindings: [KeyBinding] =
    [
      KeyBinding(
        [.up, .control("p")], .moveUp, .search,
        help: L(uz: "Oldingi natija", en: "Previous result"),
        hint: ("↑↓", L(uz: "tanlash", en: "select"))),
      KeyBinding(
        [.down, .control("n"), .tab], .moveDown, .search,
        help: L(uz: "Keyingi natija", en: "Next result")),
      KeyBinding([.pageUp], .pageUp, .search, help: L(uz: "Bir sahifa yuqoriga", en: "Page up")),
      KeyBinding(
        [.pageDown], .pageDown, .search, help: L(uz: "Bir sahifa pastga", en: "Page down")),
      KeyBinding(
        [.enter], .open, .search, help: L(uz: "Natijani ochish", en: "Open the result"),
        hint: ("⏎", L(uz: "ochish", en: "open"))),
      KeyBinding(
        [.escape], .cancel, .search, help: L(uz: "Qidiruvni bekor qilish", en: "Cancel the search"),
        hint: ("Esc", L(uz: "bekor", en: "cancel"))),
    ] + editingBindings(.search)

  private static let filterBindings: [KeyBinding] =
    [
      KeyBinding([.up, .control("p")], .moveUp, .filter, help: L(uz: "Yuqoriga", en: "Move up")),
      KeyBinding(
        [.down, .control("n")], .moveDown, .filter, help: L(uz: "Pastga", en: "Move down")),
      KeyBinding(
        [.enter], .open, .filter, help: L(uz: "Saralashni qoldirish", en: "Keep the filter"),
        hint: ("⏎", L(uz: "qoldirish", en: "keep"))),
      KeyBinding(
        [.escape], .cancel, .filter,
        help: L(uz: "Saralashni olib tashlash", en: "Clear the filter"),
        hint: ("Esc", L(uz: "bekor", en: "clear"))),
    ] + editingBindings(.filter)

  private static let helpBindings: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .moveUp, .help, help: L(uz: "Yuqoriga", en: "Scroll up"),
      hint: ("↑↓", L(uz: "aylantirish", en: "scroll"))),
    KeyBinding(
      [.down, .character("j")], .moveDown, .help, help: L(uz: "Pastga", en: "Scroll down")),
    KeyBinding(
      [.pageUp], .pageUp, .help, help: L(uz: "Bir sahifa yuqoriga", en: "Page up"), listed: false),
    KeyBinding(
      [.pageDown, .character(" ")], .pageDown, .help,
      help: L(uz: "Bir sahifa pastga", en: "Page down")),
    KeyBinding(
      [.character("g"), .home], .top, .help, help: L(uz: "Boshiga", en: "Top"), listed: false),
    KeyBinding(
      [.character("G"), .end], .bottom, .help, help: L(uz: "Oxiriga", en: "End"), listed: false),
    KeyBinding(
      [.escape, .character("?"), .character("q"), .enter], .cancel, .help,
      help: L(uz: "Yopish", en: "Close"),
      hint: ("Esc", L(uz: "yopish", en: "close"))),
  ]

  private static let globalBindings: [KeyBinding] =
    [
      KeyBinding(
        [.character("/")], .openSearch, .global,
        help: L(uz: "Yozish bilan qidirish", en: "Search as you type"),
        hint: ("/", L(uz: "qidiruv", en: "search"))),
      KeyBinding(
        [.character("1")], .selectTab(0), .global,
        help: L(uz: "Boʻlimni tanlash", en: "Switch tab"),
        keyLabel: "1–6"),
    ]
    + (1..<6).map { index in
      KeyBinding(
        [.character(Character(String(index + 1)))], .selectTab(index), .global,
        help: L(uz: "Boʻlimni tanlash", en: "Switch tab"), listed: false)
    }
    + [
      KeyBinding(
        [.character("]")], .nextTab, .global, help: L(uz: "Keyingi boʻlim", en: "Next tab")),
      KeyBinding(
        [.character("[")], .previousTab, .global, help: L(uz: "Oldingi boʻlim", en: "Previous tab")),
      KeyBinding(
        [.backspace], .back, .global, help: L(uz: "Orqaga (tarix)", en: "Back in history")),
      KeyBinding(
        [.character("L")], .cycleLanguage, .global,
        help: L(
          uz: "Til: oʻzbek → ingliz → ikkalasi → kirill",
          en: "Language: Uzbek → English → both → Cyrillic"),
        hint: ("L", L(uz: "til", en: "lang"))),
      KeyBinding(
        [.character("?")], .toggleHelp, .global, help: L(uz: "Barcha tugmalar", en: "All keys"),
        hint: ("?", L(uz: "yordam", en: "help"))),
      KeyBinding(
        [.control("l")], .redraw, .global,
        help: L(uz: "Ekranni qayta chizish", en: "Redraw the screen")),
      KeyBinding(
        [.character("q")], .quit, .global, help: L(uz: "Chiqish", en: "Quit"),
        hint: ("q", L(uz: "chiqish", en: "quit"))),
    ]

  /// The command `key` sends in the first of `contexts` that binds it; an unbound printable key is text in a
  /// context that takes text.
  public static func command(for key: Key, in contexts: [KeyContext]) -> Command? {
    for context in contexts {
      if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
        return binding.command
      }
      if context.takesText, case .character(let character) = key { return .insert(character) }
    }
    return nil
  }

  /// The status-bar hints of `contexts`, in table order, most specific context first; a command hinted in a
  /// more specific context is not hinted again.
  public static func hints(for contexts: [KeyContext]) -> [KeyHint] {
    var seen: Set<Command> = []
    return contexts.flatMap { context in
      let hints = bindings.filter { $0.context == context }.compactMap { binding in
        binding.hint.map { KeyHint(keys: $0.keys, label: $0.label, command: binding.command) }
      }
      let fresh = hints.filter { !seen.contains($0.command) }
      seen.formUnion(hints.map(\.command))
      return fresh
    }
  }

  /// The hints a narrow status bar keeps before any other: help, quit and the way out of a mode.
  public static let essentialCommands: [Command] = [.toggleHelp, .cancel, .quit]
  /// The hints a short status bar drops first.
  public static let minorCommands: [Command] = [
    .openFilter, .cycleLanguage, .toggleStar, .editNote, .present, .openMatrix, .openNotes,
  ]

  /// The bindings the help overlay lists, by context.
  public static func sections() -> [(context: KeyContext, bindings: [KeyBinding])] {
    let order: [KeyContext] = [
      .global, .list, .card, .cardLinks, .search, .filter, .views, .present, .presenter, .tours, .matrix, .chain,
      .overview, .timeline, .notes, .notesSearch, .noteEditor, .confirm, .quiz, .quizSummary,
      .citation, .help,
    ]
    return order.map { context in (context, bindings.filter { $0.context == context && $0.listed })
    }
    .filter { !$0.bindings.isEmpty }
  }
}
