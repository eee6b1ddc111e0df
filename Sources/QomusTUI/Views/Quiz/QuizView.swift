import QomusCore

/// The quiz: a question with its four options, then the right answer and the card it comes from; at the end the
/// score and the cards to revisit.
struct QuizView: Widget {
  /// What the quiz draws: its state, the summary once it ends, the cards the answered question comes from.
  struct Model {
    let quiz: QuizState
    /// The score and the cards to revisit; nil until the summary shows.
    let summary: QuizSummary?
    /// The cards the question on show comes from, once answered.
    let sourceCards: [Card]
    /// False when answers cannot be saved.
    let canSave: Bool
    let language: LanguageMode
  }

  let model: Model
  private var quiz: QuizState { model.quiz }

  func render(in area: Rect, on screen: inout Screen) {
    let language = model.language
    let frame = ViewFrame(body: area, detailRows: 0)
    screen.fill(frame.box, role: .normal)
    let session = quiz.session
    let total = session?.questions.count ?? 0
    let current = quiz.showsSummary ? 0 : quiz.feedback == nil ? 1 : 0
    let position = session.map { "\(min($0.position + current, total))/\(total)" } ?? ""
    Box(
      title: [Span(language.text(Strings.quiz), role: .normal)], note: [Span(position, role: .dim)],
      isFocused: true
    ).render(in: frame.box, on: &screen)
    let content = frame.content
    var lines: [[Span]]
    /// The line that must stay in view: the selected card of the summary.
    var focus: Int?
    let notSaved: [[Span]] =
      !model.canSave && session != nil
      ? [[Span(language.text(Strings.answersNotSaved), role: .dim)]] : []
    if session == nil {
      lines = [[Span(language.text(Strings.planning), role: .dim)]]
    } else if quiz.showsSummary {
      (lines, focus) = summaryLines(width: content.width)
      if !notSaved.isEmpty { lines += [[]] + notSaved }
    } else {
      var question = questionLines(width: content.width)
      question.add(notSaved, yieldOrder: Yield.notice, gapBefore: true)
      lines = question.fitted(height: content.height)
    }
    Viewport(lines: lines, offset: Self.offset(lines.count, height: content.height, focus: focus))
      .render(in: content, on: &screen)
  }

  /// Which parts of a question give way first when the box is short (the prompt and the verdict never do).
  private enum Yield {
    static let progress = 0
    static let kind = 1
    static let quote = 2
    static let notice = 3
    static let unchosenOption = 4
    static let sourceCard = 5
    static let continueHint = 6
    static let answeredOption = 7
    /// The quoted card text before an answer: the clue, kept longer than anything but the prompt and the options.
    static let clue = 8
  }

  /// A bar of answered questions, then the question: its kind, prompt, the card text it quotes, the options, and
  /// after an answer the verdict with the card it comes from; on a short screen the prompt and the verdict stay.
  private func questionLines(width: Int) -> YieldingLines {
    var lines = YieldingLines()
    guard let session = quiz.session else { return lines }
    let language = model.language
    let question = quiz.feedback?.question ?? session.current
    guard let question else { return lines }
    let text = { (value: LocalizedText) in language.text(value) }
    lines.add([progress(session, width: width)], yieldOrder: Yield.progress)
    lines.add(
      [[Span(text(question.kind.name).uppercased(), role: .accent)]], yieldOrder: Yield.kind,
      gapBefore: true)
    lines.add(
      TextLayout.wrap([Span(text(question.prompt), role: .bold)], width: width), yieldOrder: nil)
    lines.add(
      Markdown.hanging(
        [Span(text(question.subject), role: .quote)], marker: Span("│ ", role: .border), width: width),
      yieldOrder: quiz.feedback == nil ? Yield.clue : Yield.quote, gapBefore: true)
    for (index, option) in question.options.enumerated() {
      let letter = String(UnicodeScalar(97 + index)!)
      var role: StyleRole = .normal
      var mark = "  "
      var yield: Int?
      if let answer = quiz.feedback {
        if index == question.answerIndex {
          role = .success
          mark = "✓ "
          yield = Yield.answeredOption
        } else if index == answer.chosenIndex {
          role = .failure
          mark = "✗ "
          yield = Yield.answeredOption
        } else {
          role = .dim
          yield = Yield.unchosenOption
        }
      }
      lines.add(
        Markdown.hanging(
          [Span(text(option.text), role: role)],
          marker: Span(mark + "\(letter)) ", role: role == .normal ? .accent : role), width: width),
        yieldOrder: yield, gapBefore: index == 0)
    }
    guard let answer = quiz.feedback else { return lines }
    let verdict =
      answer.isCorrect
      ? [[Span(text(Strings.right), role: .success)]]
      : TextLayout.wrap(
        [
          Span(text(Strings.wrong) + " ", role: .failure),
          Span(text(Strings.theAnswer) + ": " + text(question.answer.text), role: .bold),
        ], width: width)
    lines.add(verdict, yieldOrder: nil, gapBefore: true)
    let cards = model.sourceCards
    let names = cards.map { text($0.title) + " (" + $0.id + ")" }.joined(separator: "; ")
    lines.add(
      TextLayout.wrap([Span(text(Strings.fromCard) + ": " + names, role: .dim)], width: width),
      yieldOrder: Yield.sourceCard)
    lines.add(
      [[Span(text(Strings.continueHint), role: .accent)]], yieldOrder: Yield.continueHint,
      gapBefore: true)
    return lines
  }

  /// `━━━━━────── 3/10`, coloured by right and wrong answers.
  private func progress(_ session: QuizSession, width: Int) -> [Span] {
    let total = max(1, session.questions.count)
    let cell = max(1, min(4, (width - 8) / total))
    var spans = session.answers.map { answer in
      Span(String(repeating: "━", count: cell), role: answer.isCorrect ? .success : .failure)
    }
    spans.append(
      Span(String(repeating: "─", count: cell * (total - session.answers.count)), role: .border))
    return spans
  }

  /// The first of `count` lines to show in `height` rows: the top when all fit; else the lines around `focus`;
  /// else the last ones (the answer and the verdict come last).
  static func offset(_ count: Int, height: Int, focus: Int?) -> Int {
    guard count > height, height > 0 else { return 0 }
    guard let focus else { return count - height }
    return min(max(focus - height / 2, 0), count - height)
  }

  /// The score, then the cards to revisit (the selected one highlighted) and the review schedule; and the line of
  /// the selected card.
  private func summaryLines(width: Int) -> ([[Span]], Int?) {
    let language = model.language
    guard let summary = model.summary else { return ([], nil) }
    var lines: [[Span]] = []
    if let session = quiz.session { lines.append(progress(session, width: width)) }
    lines.append([])
    lines.append([
      Span(language.text(LocalizedText(uz: "Natija: ", en: "Score: ")), role: .bold),
      Span("\(summary.correct)/\(summary.answered)", role: .title),
    ])
    lines.append([])
    let schedule = [Span(language.text(Strings.schedule(summary.review)), role: .dim)]
    guard !summary.items.isEmpty else {
      lines.append([Span(language.text(Strings.nothingToRevisit), role: .dim)])
      return (lines + [[], schedule], nil)
    }
    var focus: Int?
    lines.append([Span(language.text(Strings.revisit), role: .heading)])
    for (index, item) in summary.items.enumerated() {
      let status =
        item.missedLastTime
        ? language.text(Strings.missed) : language.text(Strings.due)
      let tag = "  \(status) · \(language.text(Strings.reviewIn(days: item.daysUntilDue)))"
      let row = OutlineRow(
        lead: [
          Span(item.missedLastTime ? " ✗ " : " ↻ ", role: item.missedLastTime ? .failure : .accent)
        ],
        title: Span(language.text(item.title), role: .normal), tags: [Span(tag, role: .dim)]
      ).line(width: width)
      if index == quiz.list.selected {
        focus = lines.count
        lines.append([Span(TextLayout.pad(row.map(\.text).joined(), to: width), role: .selection)])
      } else {
        lines.append(row)
      }
    }
    return (lines + [[], schedule], focus)
  }
}
