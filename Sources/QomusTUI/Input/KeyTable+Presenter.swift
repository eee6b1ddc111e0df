import QomusCore

/// The keys of the presenter's screen beyond the slide keys it shares with the projector: no view opens there, so
/// a stray key cannot take the lecturer away from the talk.
extension KeyTable {
  private typealias L = LocalizedText

  static let presenterBindings: [KeyBinding] = [
    KeyBinding(
      [.character("L")], .cycleLanguage, .presenter,
      help: L(uz: "Tilni almashtirish", en: "Switch the language"),
      hint: ("L", L(uz: "til", en: "lang"))),
    KeyBinding(
      [.character("?")], .toggleHelp, .presenter, help: L(uz: "Barcha tugmalar", en: "All keys"),
      hint: ("?", L(uz: "yordam", en: "help"))),
    KeyBinding(
      [.control("l")], .redraw, .presenter,
      help: L(uz: "Ekranni qayta chizish", en: "Redraw the screen"), listed: false),
  ]
}
