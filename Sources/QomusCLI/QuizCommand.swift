import ArgumentParser
import Foundation
import QomusCore

/// `qomus quiz`: a multiple-choice self-test generated from the cards, read line by line from standard input.
struct QuizCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quiz",
    abstract:
      "Test yourself: multiple-choice questions generated from the cards, with spaced review.",
    discussion: """
      Answer with the option's number (or letter); q stops. Works in a pipe: answers are read line by line and the \
      end of input ends the quiz with its summary. Answers are scheduled for review by FSRS-6 in the user data \
      directory (a right answer is rated Good, a wrong one Again; a question comes back on the day its predicted \
      recall falls to the desired retention); questions due for review come first. See `qomus review`.
      """)

  enum QuizLanguage: String, ExpressibleByArgument, CaseIterable {
    case uz, en
    var language: Language { self == .uz ? .uz : .en }
  }

  @OptionGroup var global: GlobalOptions
  @OptionGroup var data: DataOptions

  @Option(name: .long, help: "The language of the questions: uz or en.")
  var lang: QuizLanguage = .en

  // Unconditional, so that `--count -1` reaches validate() and is named, not read as an unknown flag.
  @Option(name: .long, parsing: .unconditional, help: "How many questions to ask (1 or more).")
  var count = 10

  @Option(
    name: .long,
    help: "The seed that picks the questions and orders the options (default: random; printed).")
  var seed: UInt64?

  @Flag(name: .long, help: "Only print what to revisit, without asking anything.")
  var summary = false

  @OptionGroup var retention: RetentionOption

  func validate() throws {
    guard count > 0 else { throw ValidationError("--count must be 1 or more, not \(count)") }
  }

  func run() throws {
    let schedule = ReviewSchedule(retention: try retention.desiredRetention())
    let corpus = try global.loadCorpus()
    let language = lang.language
    let text = QuizText(language: language)
    let access = UserStore.openOrExplain(directory: data.directory)
    var saving = access.canWrite
    if let problem = access.problem { Console.warn("\(problem.description); \(text.notSaved)") }
    var states = (try? access.store?.reviewStates()) ?? []
    if summary {
      printSummary(
        ReviewSummary(states: states, corpus: corpus, at: Date()), text: text, language: language)
      return
    }
    let seed = seed ?? UInt64.random(in: 0...999_999)
    let questions = QuizPlanner.plan(
      QuizGenerator(corpus: corpus).questions(seed: seed), reviews: states, at: Date(), count: count
    )
    guard !questions.isEmpty else {
      Console.warn(text.noQuestions)
      throw ExitCode.failure
    }
    LineOutput.line(Console.styled(text.header(count: questions.count, seed: seed), .bold))
    var session = QuizSession(questions: questions)
    while let question = session.current {
      ask(
        question, number: session.position + 1, of: questions.count, text: text, language: language)
      guard let choice = readChoice(options: question.options.count, text: text) else {
        session.stop()
        break
      }
      guard let answer = session.answer(choice) else { continue }
      report(answer, text: text, language: language)
      var state: ReviewState?
      if saving, let store = access.store {
        do {
          state = try store.recordAnswer(to: question, correct: answer.isCorrect, schedule: schedule)
        } catch {
          Console.warn("\(error.description); \(text.notSaved)")
          saving = false
        }
      }
      let next =
        state
        ?? schedule.next(
          after: states.first { $0.questionID == question.id }, questionID: question.id,
          cardIDs: question.cardIDs, correct: answer.isCorrect, at: Date())
      states.removeAll { $0.questionID == question.id }
      states.append(next)
    }
    LineOutput.line("")
    LineOutput.line(
      Console.styled(text.score(session.correctCount, of: session.answers.count), .bold))
    printSummary(
      ReviewSummary(states: states, corpus: corpus, at: Date()), text: text, language: language)
  }

  private func ask(
    _ question: QuizQuestion, number: Int, of total: Int, text: QuizText, language: Language
  ) {
    LineOutput.line("")
    LineOutput.line(Console.styled("[\(number)/\(total)] " + question.kind.name[language], .dim))
    LineOutput.line(Console.styled(question.prompt[language], .bold))
    LineOutput.line("  " + Console.styled(question.subject[language], .accent))
    for (index, option) in question.options.enumerated() {
      LineOutput.line("  \(index + 1)) " + Console.styled(option.text[language]))
    }
  }

  /// The option index read from the next usable line; nil at the end of input or on `q`.
  private func readChoice(options: Int, text: QuizText) -> Int? {
    while true {
      LineOutput.prompt("> ")
      guard let line = readLine(strippingNewline: true) else {
        LineOutput.line("")
        return nil
      }
      let answer = line.trimmingCharacters(in: .whitespaces).lowercased()
      if answer == "q" || answer == "quit" { return nil }
      if let number = Int(answer), (1...options).contains(number) { return number - 1 }
      if answer.count == 1, let letter = answer.unicodeScalars.first, ("a"..."z").contains(letter) {
        let index = Int(letter.value) - Int(("a" as Unicode.Scalar).value)
        if index < options { return index }
      }
      LineOutput.line(text.invalid(options: options))
    }
  }

  private func report(_ answer: QuizAnswer, text: QuizText, language: Language) {
    if answer.isCorrect {
      LineOutput.line(Console.styled(text.right, .accent))
    } else {
      let right = answer.question.answer
      LineOutput.line(
        Console.styled(
          text.wrong("\(answer.question.answerIndex + 1)) " + right.text[language]), .warning))
      LineOutput.line(Console.styled(text.reread(answer.question.cardIDs), .dim))
    }
  }

  private func printSummary(_ summary: ReviewSummary, text: QuizText, language: Language) {
    if summary.revisit.isEmpty {
      LineOutput.line(text.nothingToRevisit)
    } else {
      LineOutput.line(Console.styled(text.revisitHeading, .bold))
      let shown = summary.revisit.prefix(10)
      let width = shown.map(\.cardID.count).max() ?? 0
      for item in shown {
        let id = item.cardID.padding(toLength: width, withPad: " ", startingAt: 0)
        LineOutput.line(
          "  " + Console.styled(id, .accent) + "  " + Console.styled(item.title[language]) + "  "
            + Console.styled(text.itemStatus(item), .dim))
      }
      if summary.revisit.count > shown.count {
        LineOutput.line("  " + text.more(summary.revisit.count - shown.count))
      }
    }
    LineOutput.line(text.schedule(summary))
  }
}

/// The quiz's own words, in the chosen language.
struct QuizText {
  var language: Language

  private func pick(_ uz: String, _ en: String) -> String { language == .uz ? uz : en }

  var notSaved: String { pick("javoblar saqlanmaydi", "answers will not be saved") }
  var noQuestions: String {
    pick("bu kartalardan savol tuzib boʻlmadi", "no questions can be made from these cards")
  }
  var right: String { pick("✓ Toʻgʻri.", "✓ Right.") }
  var revisitHeading: String { pick("Qayta oʻqing:", "Revisit:") }
  var nothingToRevisit: String {
    pick("Qayta oʻqish kerak boʻlgan karta yoʻq.", "Nothing to revisit.")
  }

  func header(count: Int, seed: UInt64) -> String {
    pick(
      "Test: \(count) ta savol (seed \(seed)). Variant raqamini kiriting; toʻxtatish uchun q.",
      "Quiz: \(count) question\(count == 1 ? "" : "s") (seed \(seed)). Type the option's number; q stops."
    )
  }

  func invalid(options: Int) -> String {
    pick(
      "1 dan \(options) gacha raqam kiriting yoki toʻxtatish uchun q.",
      "Type a number from 1 to \(options), or q to stop.")
  }

  func wrong(_ answer: String) -> String {
    pick("✗ Notoʻgʻri. Toʻgʻri javob: \(answer)", "✗ Wrong. The answer is \(answer)")
  }

  func reread(_ cardIDs: [String]) -> String {
    pick("  Qayta oʻqing: ", "  Reread: ") + cardIDs.joined(separator: ", ")
  }

  func score(_ correct: Int, of answered: Int) -> String {
    pick("Natija: \(correct)/\(answered).", "Score: \(correct)/\(answered).")
  }

  func itemStatus(_ item: RevisitItem) -> String {
    item.missedLastTime
      ? pick("xato javob; takrorlash: \(item.due)", "missed; review on \(item.due)")
      : pick("takrorlash vaqti keldi", "due for review")
  }

  func more(_ count: Int) -> String { pick("… yana \(count) ta", "… and \(count) more") }

  func schedule(_ summary: ReviewSummary) -> String {
    let next = summary.nextDue?.description
    return pick(
      "Takrorlash: hozir \(summary.dueCount) ta, rejada \(summary.scheduledCount) ta"
        + (next.map { "; keyingisi \($0)." } ?? "."),
      "Reviews: \(summary.dueCount) due now, \(summary.scheduledCount) scheduled"
        + (next.map { "; next on \($0)." } ?? "."))
  }
}
