import QomusCore

/// The end of a quiz: the score, and the cards to revisit by the review schedule (missed first).
struct QuizSummary {
  let correct: Int
  let answered: Int
  let review: ReviewSummary

  init(state: AppState, quiz: QuizState) {
    self.init(corpus: state.catalog.corpus, quiz: quiz)
  }

  init(corpus: Corpus, quiz: QuizState) {
    correct = quiz.session?.correctCount ?? 0
    answered = quiz.session?.answers.count ?? 0
    review = ReviewSummary(states: quiz.reviews, corpus: corpus, at: quiz.date)
  }

  var items: [RevisitItem] { review.revisit }

  /// The card of the item at `index`.
  func cardID(at index: Int) -> String? {
    items.indices.contains(index) ? items[index].cardID : nil
  }
}
