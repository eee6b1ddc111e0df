/// Keeps a question's clue from giving its answer away: the clue (the quoted title or summary) must not share a
/// distinctive word with the right option alone — the Gosuslugi summary naming `gosuslugi.ru` when only the right
/// option says “Gosuslugi”, a proposal titled after Estonia when the answer is Estonia.
///
/// Words are compared folded (``TextFolding``), in each language. A word counts when it has at least four letters and
/// is not a function word. A clue word matches an option's word when it is the same word or, for words of five letters
/// or more, begins with it (`Estoniyaning`, `Estonian`). A word the clue shares with the answer tells nothing when a
/// wrong option has it too, so the generator first takes, from the options it may offer, wrong options that carry
/// every such word (``requiredDistractors(clue:answer:pool:limit:)``); when no option carries one of them, or more
/// than the question's wrong options would be needed, there is no question.
enum ClueCheck {
  /// The shortest word considered.
  static let minimumLetters = 4

  /// Words that tell nothing, folded: English and Uzbek function words of four letters or more.
  static let functionWords: Set<String> = [
    "about", "also", "from", "into", "than", "that", "their", "there", "this", "under", "upon", "when", "which",
    "with", "bilan", "uchun", "haqida", "togrisida", "boyicha", "hamda", "yoki", "orqali", "kabi",
  ]

  /// One word in one language.
  struct Clue: Hashable {
    var language: Language
    var word: String
  }

  /// The words of `answer` that `clue` contains, in every language.
  static func sharedWords(clue: LocalizedText, answer: LocalizedText) -> [Clue] {
    Language.allCases.flatMap { language in
      let clueWords = words(clue[language])
      return Set(words(answer[language])).filter { word in
        word.count >= minimumLetters && !functionWords.contains(word) && clueWords.contains { matches($0, word) }
      }.sorted().map { Clue(language: language, word: $0) }
    }
  }

  /// The wrong options that must be offered so that no word the clue shares with the answer singles it out, chosen
  /// from `pool` in its order (the option carrying the most uncovered words first); nil when that takes more than
  /// `limit` options or some word is in no option of the pool.
  static func requiredDistractors(
    clue: LocalizedText, answer: LocalizedText, pool: [QuizOption], limit: Int
  ) -> [QuizOption]? {
    var uncovered = Set(sharedWords(clue: clue, answer: answer))
    var required: [QuizOption] = []
    let carried = pool.map { option in
      Set(uncovered.filter { clue in words(option.text[clue.language]).contains { matches($0, clue.word) } })
    }
    while !uncovered.isEmpty {
      let best = carried.indices.max { a, b in
        (carried[a].intersection(uncovered).count, b) < (carried[b].intersection(uncovered).count, a)
      }
      guard let best, !carried[best].isDisjoint(with: uncovered), required.count < limit else { return nil }
      required.append(pool[best])
      uncovered.subtract(carried[best])
    }
    return required
  }

  private static func words(_ text: String) -> [String] {
    TextFolding.foldText(text).split(separator: " ").map(String.init)
  }

  private static func matches(_ word: String, _ answerWord: String) -> Bool {
    if word == answerWord { return true }
    let (short, long) = word.count < answerWord.count ? (word, answerWord) : (answerWord, word)
    return short.count >= 5 && long.hasPrefix(short)
  }
}
