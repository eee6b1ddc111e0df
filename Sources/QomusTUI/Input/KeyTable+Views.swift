import QomusCore

/// The keys of the lecturer's, policymaker's and student's views: what they open from the explorer, and what
/// works inside each.
extension KeyTable {
  private typealias L = LocalizedText

  /// Keys that act on the current card or open a view, while browsing.
  static let cardActionBindings: [KeyBinding] = [
    KeyBinding(
      [.character("s")], .toggleStar, .global,
      help: L(
        uz: "Kartani yulduzcha bilan belgilash / olib tashlash", en: "Star or unstar the card"),
      hint: ("s", L(uz: "yulduz", en: "star"))),
    KeyBinding(
      [.character("e")], .editNote, .global,
      help: L(uz: "Kartaga shaxsiy qayd yozish", en: "Write your note on the card"),
      hint: ("e", L(uz: "qayd", en: "note"))),
    KeyBinding(
      [.character("y")], .showCitation, .global,
      help: L(uz: "Kartaning iqtibosi", en: "The card's citation")),
    KeyBinding(
      [.character("p")], .present, .global,
      help: L(uz: "Taqdimot: tur tanlash", en: "Present a tour (slides)"),
      hint: ("p", L(uz: "taqdimot", en: "present"))),
    KeyBinding(
      [.character("m")], .openMatrix, .global,
      help: L(
        uz: "Qiyosiy jadval: mavzular × davlatlar", en: "Comparison matrix: topics × countries"),
      hint: ("m", L(uz: "jadval", en: "matrix"))),
    KeyBinding(
      [.character("c")], .openChain, .global,
      help: L(
        uz: "Taklif zanjiri (taklif kartasida)", en: "The chain of a proposal (on a proposal)")),
    KeyBinding(
      [.character("o")], .openOverview, .global,
      help: L(uz: "Barcha takliflar sharhi", en: "Overview of all proposals")),
    KeyBinding(
      [.character("t")], .openTimeline, .global,
      help: L(uz: "Xronologiya: hujjatlar yillar boʻyicha", en: "Timeline: acts by year")),
    KeyBinding(
      [.character("n")], .openNotes, .global,
      help: L(uz: "Yulduzchali kartalar va qaydlar", en: "Your stars and notes"),
      hint: ("n", L(uz: "qaydlar", en: "notes"))),
    KeyBinding(
      [.character("Q")], .openQuiz, .global,
      help: L(uz: "Oʻzingizni sinang: test", en: "Test yourself: a quiz")),
  ]

  static let viewBindings: [KeyBinding] =
    sharedViewBindings + presentBindings + tourBindings + matrixBindings + chainBindings
    + overviewBindings + timelineBindings + notesBindings + notesSearchBindings
    + noteEditorBindings + confirmBindings + quizBindings + quizSummaryBindings + citationBindings
    + presenterBindings

  /// Moving through a list of rows, for a view's context.
  private static func rowBindings(_ context: KeyContext, item: L) -> [KeyBinding] {
    [
      KeyBinding(
        [.up, .character("k")], .moveUp, context, help: L(uz: "Yuqoriga", en: "Move up"),
        hint: ("↑↓", L(uz: "tanlash", en: "move"))),
      KeyBinding(
        [.down, .character("j")], .moveDown, context, help: L(uz: "Pastga", en: "Move down")),
      KeyBinding(
        [.pageUp], .pageUp, context, help: L(uz: "Bir sahifa yuqoriga", en: "Page up"),
        listed: false),
      KeyBinding(
        [.pageDown], .pageDown, context, help: L(uz: "Bir sahifa pastga", en: "Page down"),
        listed: false),
      KeyBinding(
        [.character("g"), .home], .top, context, help: L(uz: "Birinchisi", en: "First"),
        listed: false),
      KeyBinding(
        [.character("G"), .end], .bottom, context, help: L(uz: "Oxirgisi", en: "Last"),
        listed: false),
      KeyBinding([.enter], .open, context, help: item, hint: ("⏎", L(uz: "ochish", en: "open"))),
    ]
  }

  private static let sharedViewBindings: [KeyBinding] = [
    KeyBinding(
      [.escape, .character("q")], .cancel, .views,
      help: L(uz: "Koʻrinishni yopish", en: "Close the view"),
      hint: ("Esc", L(uz: "yopish", en: "close"))),
    KeyBinding(
      [.character("m")], .openMatrix, .views, help: L(uz: "Qiyosiy jadval", en: "Comparison matrix")
    ),
    KeyBinding(
      [.character("o")], .openOverview, .views,
      help: L(uz: "Takliflar sharhi", en: "Proposals overview")),
    KeyBinding(
      [.character("t")], .openTimeline, .views, help: L(uz: "Xronologiya", en: "Timeline")),
    KeyBinding(
      [.character("n")], .openNotes, .views,
      help: L(uz: "Yulduzchalar va qaydlar", en: "Stars and notes")),
    KeyBinding([.character("p")], .present, .views, help: L(uz: "Taqdimot", en: "Present a tour")),
    KeyBinding([.character("Q")], .openQuiz, .views, help: L(uz: "Test", en: "Quiz")),
    KeyBinding(
      [.character("y")], .showCitation, .views,
      help: L(uz: "Tanlangan kartaning iqtibosi", en: "The selected card's citation")),
    KeyBinding(
      [.character("L")], .cycleLanguage, .views,
      help: L(uz: "Tilni almashtirish", en: "Switch the language"),
      hint: ("L", L(uz: "til", en: "lang"))),
    KeyBinding(
      [.character("?")], .toggleHelp, .views, help: L(uz: "Barcha tugmalar", en: "All keys"),
      hint: ("?", L(uz: "yordam", en: "help"))),
    KeyBinding(
      [.control("l")], .redraw, .views,
      help: L(uz: "Ekranni qayta chizish", en: "Redraw the screen"), listed: false),
  ]

  private static let presentBindings: [KeyBinding] =
    [
      KeyBinding(
        [.character(" "), .right, .character("l"), .pageDown], .nextSlide, .present,
        help: L(uz: "Keyingi slayd", en: "Next slide"),
        hint: ("Space", L(uz: "keyingi", en: "next"))),
      KeyBinding(
        [.left, .backspace, .character("h"), .pageUp], .previousSlide, .present,
        help: L(uz: "Oldingi slayd", en: "Previous slide"),
        hint: ("←", L(uz: "oldingi", en: "back"))),
      KeyBinding(
        [.character("n")], .toggleLecturerNote, .present,
        help: L(
          uz: "Maʼruzachi izohini koʻrsatish / yashirish", en: "Show or hide the lecturer note"),
        hint: ("n", L(uz: "izoh", en: "note"))),
      KeyBinding(
        [.enter], .open, .present,
        help: L(uz: "Kartani tadqiqotchida ochish", en: "Open the card in the explorer"),
        hint: ("⏎", L(uz: "karta", en: "card"))),
      KeyBinding(
        [.character("0")], .slideDigit(0), .present,
        help: L(uz: "Raqam, keyin Enter: shu slaydga", en: "A number, then Enter: go to that slide"),
        keyLabel: "0–9 ⏎"),
    ]
    + (1...9).map { digit in
      KeyBinding(
        [.character(Character(String(digit)))], .slideDigit(digit), .present,
        help: L(uz: "Slayd raqami", en: "Slide number"), listed: false)
    } + [
      KeyBinding(
        [.character("g"), .home], .top, .present, help: L(uz: "Birinchi slayd", en: "First slide")),
      KeyBinding(
        [.character("G"), .end], .bottom, .present, help: L(uz: "Oxirgi slayd", en: "Last slide")),
      KeyBinding(
        [.character("q")], .cancel, .present,
        help: L(uz: "Taqdimotdan chiqish", en: "Leave the presentation"),
        hint: ("q", L(uz: "chiqish", en: "leave"))),
      // A stray Esc must not end a talk: it only says how to leave.
      KeyBinding(
        [.escape], .explainLeaving, .present,
        help: L(uz: "Chiqmaydi: qanday chiqishni aytadi", en: "Does not leave: says how to"),
        listed: false),
    ]

  private static let tourBindings: [KeyBinding] =
    rowBindings(.tours, item: L(uz: "Turni namoyish qilish", en: "Present the tour")) + [
      KeyBinding(
        [.escape, .character("q")], .cancel, .tours, help: L(uz: "Yopish", en: "Close"),
        hint: ("Esc", L(uz: "yopish", en: "close")))
    ]

  private static let matrixBindings: [KeyBinding] = [
    KeyBinding(
      [.left, .character("h")], .moveLeft, .matrix,
      help: L(uz: "Chapdagi katak", en: "Cell to the left"),
      hint: ("←→↑↓", L(uz: "katak", en: "cell"))),
    KeyBinding(
      [.right, .character("l"), .tab], .moveRight, .matrix,
      help: L(uz: "Oʻngdagi katak", en: "Cell to the right")),
    KeyBinding(
      [.up, .character("k")], .moveUp, .matrix, help: L(uz: "Yuqoridagi katak", en: "Cell above")),
    KeyBinding(
      [.down, .character("j")], .moveDown, .matrix, help: L(uz: "Pastdagi katak", en: "Cell below")),
    KeyBinding(
      [.character("g"), .home], .top, .matrix, help: L(uz: "Birinchi qator", en: "First row"),
      listed: false),
    KeyBinding(
      [.character("G"), .end], .bottom, .matrix, help: L(uz: "Oxirgi qator", en: "Last row"),
      listed: false),
    KeyBinding(
      [.enter], .open, .matrix, help: L(uz: "Katak kartasini ochish", en: "Open the cell's card"),
      hint: ("⏎", L(uz: "ochish", en: "open"))),
  ]

  private static let chainBindings: [KeyBinding] =
    rowBindings(.chain, item: L(uz: "Kartani ochish", en: "Open the card"))

  private static let overviewBindings: [KeyBinding] =
    rowBindings(.overview, item: L(uz: "Taklifni ochish", en: "Open the proposal")) + [
      KeyBinding(
        [.character("c")], .openChain, .overview,
        help: L(uz: "Taklif zanjiri", en: "The proposal's chain"),
        hint: ("c", L(uz: "zanjir", en: "chain"))),
      KeyBinding(
        [.character("s")], .cycleSort, .overview,
        help: L(
          uz: "Tartib: maqola → mavzu → qamrov → nom", en: "Sort: article → topic → reach → title"),
        hint: ("s", L(uz: "tartib", en: "sort"))),
    ]

  private static let timelineBindings: [KeyBinding] =
    rowBindings(.timeline, item: L(uz: "Kartani ochish", en: "Open the card"))

  private static let notesBindings: [KeyBinding] =
    rowBindings(.notes, item: L(uz: "Kartani ochish", en: "Open the card")) + [
      KeyBinding(
        [.tab, .left, .right, .character("h"), .character("l")], .switchSection, .notes,
        help: L(uz: "Yulduzchalar ⇄ qaydlar", en: "Stars ⇄ notes"),
        hint: ("⇥", L(uz: "boʻlim", en: "section")), keyLabel: "Tab ← →"),
      KeyBinding(
        [.character("/")], .openSearch, .notes,
        help: L(uz: "Qaydlarni qidirish", en: "Search the notes"),
        hint: ("/", L(uz: "qidiruv", en: "search"))),
      KeyBinding(
        [.character("e")], .editNote, .notes, help: L(uz: "Qaydni tahrirlash", en: "Edit the note"),
        hint: ("e", L(uz: "tahrir", en: "edit"))),
      KeyBinding(
        [.character("s")], .toggleStar, .notes,
        help: L(uz: "Yulduzcha qoʻyish / olish", en: "Star or unstar")),
    ]

  private static let notesSearchBindings: [KeyBinding] =
    [
      KeyBinding(
        [.up, .control("p")], .moveUp, .notesSearch, help: L(uz: "Yuqoriga", en: "Move up")),
      KeyBinding(
        [.down, .control("n")], .moveDown, .notesSearch, help: L(uz: "Pastga", en: "Move down")),
      KeyBinding(
        [.enter], .open, .notesSearch, help: L(uz: "Qidiruvni qoldirish", en: "Keep the search"),
        hint: ("⏎", L(uz: "qoldirish", en: "keep"))),
      KeyBinding(
        [.escape], .cancel, .notesSearch, help: L(uz: "Qidiruvni tozalash", en: "Clear the search"),
        hint: ("Esc", L(uz: "bekor", en: "clear"))),
    ] + editingBindings(.notesSearch)

  private static let noteEditorBindings: [KeyBinding] =
    [
      KeyBinding(
        [.control("s")], .save, .noteEditor, help: L(uz: "Saqlab yopish", en: "Save and close"),
        hint: ("Ctrl-S", L(uz: "saqlash", en: "save"))),
      KeyBinding(
        [.escape], .cancel, .noteEditor,
        help: L(
          uz: "Yopish (oʻzgarish boʻlsa, saqlashni soʻraydi)", en: "Close (asks to save changes)"),
        hint: ("Esc", L(uz: "yopish", en: "close"))),
      KeyBinding([.enter], .newline, .noteEditor, help: L(uz: "Yangi qator", en: "New line")),
      KeyBinding(
        [.up], .moveUp, .noteEditor,
        help: L(uz: "Kursor yuqoriga / pastga", en: "Cursor up / down"),
        keyLabel: "↑ ↓"),
      KeyBinding(
        [.down], .moveDown, .noteEditor, help: L(uz: "Kursor pastga", en: "Cursor down"),
        listed: false),
      KeyBinding(
        [.home], .cursorStart, .noteEditor, help: L(uz: "Qator boshi", en: "Start of line"),
        listed: false),
      KeyBinding(
        [.end], .cursorEnd, .noteEditor, help: L(uz: "Qator oxiri", en: "End of line"),
        listed: false),
    ] + editingBindings(.noteEditor)

  private static let confirmBindings: [KeyBinding] = [
    KeyBinding(
      [.character("y"), .character("Y"), .control("s")], .save, .confirm,
      help: L(uz: "Saqlash", en: "Save"), hint: ("y", L(uz: "saqlash", en: "save"))),
    KeyBinding(
      [.character("n"), .character("N")], .discard, .confirm,
      help: L(uz: "Saqlamasdan chiqish", en: "Discard the changes"),
      hint: ("n", L(uz: "tashlash", en: "discard"))),
    KeyBinding(
      [.escape], .cancel, .confirm, help: L(uz: "Tahrirga qaytish", en: "Back to editing"),
      hint: ("Esc", L(uz: "qaytish", en: "keep editing"))),
  ]

  private static let quizBindings: [KeyBinding] =
    [
      KeyBinding(
        [.character("1"), .character("a")], .answer(0), .quiz,
        help: L(uz: "Javob variantini tanlash", en: "Choose an answer"),
        hint: ("1–4", L(uz: "javob", en: "answer")), keyLabel: "1–4 a–d")
    ]
    + (1..<4).map { index in
      KeyBinding(
        [
          .character(Character(String(index + 1))),
          .character(Character(UnicodeScalar(97 + index)!)),
        ],
        .answer(index), .quiz, help: L(uz: "Javob", en: "Answer"), listed: false)
    } + [
      KeyBinding(
        [.enter, .character(" ")], .open, .quiz,
        help: L(uz: "Keyingi savol", en: "Next question"), hint: ("⏎", L(uz: "keyingi", en: "next"))
      ),
      KeyBinding(
        [.escape, .character("q")], .cancel, .quiz,
        help: L(uz: "Toʻxtatish va xulosani koʻrish", en: "Stop and see the summary"),
        hint: ("q", L(uz: "toʻxtatish", en: "stop"))),
    ]

  private static let quizSummaryBindings: [KeyBinding] =
    rowBindings(.quizSummary, item: L(uz: "Kartani ochish", en: "Open the card to revisit")) + [
      KeyBinding(
        [.escape, .character("q")], .cancel, .quizSummary,
        help: L(uz: "Testdan chiqish", en: "Leave the quiz"),
        hint: ("q", L(uz: "chiqish", en: "leave")))
    ]

  private static let citationBindings: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .moveUp, .citation, help: L(uz: "Yuqoriga", en: "Scroll up"),
      listed: false),
    KeyBinding(
      [.down, .character("j")], .moveDown, .citation, help: L(uz: "Pastga", en: "Scroll down"),
      listed: false),
    KeyBinding(
      [.escape, .character("q"), .character("y"), .enter], .cancel, .citation,
      help: L(uz: "Yopish", en: "Close"), hint: ("Esc", L(uz: "yopish", en: "close"))),
  ]
}
