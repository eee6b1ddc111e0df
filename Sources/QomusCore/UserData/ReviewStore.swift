import Foundation
import GRDB

extension ReviewState {
  init(row: Row) {
    let cardIDs: String = row["card_ids"]
    let dueText: String = row["due_on"]
    let rating: Int = row["last_rating"]
    self.init(
      questionID: row["question_id"], cardIDs: cardIDs.split(separator: " ").map(String.init),
      memory: MemoryState(stability: row["stability"], difficulty: row["difficulty"]),
      due: CalendarDay(iso: dueText) ?? CalendarDay(ordinal: 0), lastAnswered: row["answered_at"],
      lastRating: ReviewRating(rawValue: rating) ?? .again,
      correctCount: row["correct_count"], wrongCount: row["wrong_count"], lapses: row["lapses"])
  }

  /// Inserts or replaces the row of `state`; `cardIDs` is the space-separated list as stored.
  static func save(_ state: ReviewState, cardIDs: String, in db: Database) throws {
    try db.execute(
      sql: """
        INSERT OR REPLACE INTO review
          (question_id, card_ids, stability, difficulty, due_on, answered_at, last_rating,
           correct_count, wrong_count, lapses)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        state.questionID, cardIDs, state.memory.stability, state.memory.difficulty, state.due.description,
        state.lastAnswered, state.lastRating.rawValue, state.correctCount, state.wrongCount, state.lapses,
      ])
  }
}

extension UserStore {
  /// Records an answer to `question` — Good when right, Again when wrong — and schedules its next review by
  /// `schedule`, reading the previous state and writing the new one in one transaction. Returns the new state once
  /// it is saved.
  @discardableResult
  public func recordAnswer(
    to question: QuizQuestion, correct: Bool, schedule: ReviewSchedule = .standard
  ) throws(UserStoreError) -> ReviewState {
    try recordAnswer(
      questionID: question.id, cardIDs: question.cardIDs, rating: ReviewRating(correct: correct),
      schedule: schedule)
  }

  /// Records a right (Good) or wrong (Again) answer to the question `questionID` (about `cardIDs`).
  @discardableResult
  public func recordAnswer(
    questionID: String, cardIDs: [String], correct: Bool, schedule: ReviewSchedule = .standard
  ) throws(UserStoreError) -> ReviewState {
    try recordAnswer(
      questionID: questionID, cardIDs: cardIDs, rating: ReviewRating(correct: correct), schedule: schedule)
  }

  /// Records an answer rated `rating` to the question `questionID` (about `cardIDs`); see
  /// ``recordAnswer(to:correct:schedule:)``.
  @discardableResult
  public func recordAnswer(
    questionID: String, cardIDs: [String], rating: ReviewRating, schedule: ReviewSchedule = .standard
  ) throws(UserStoreError) -> ReviewState {
    let date = now()
    return try write { db in
      let previous = try Row.fetchOne(
        db, sql: "SELECT * FROM review WHERE question_id = ?", arguments: [questionID]
      )
      .map(ReviewState.init(row:))
      let state = schedule.next(
        after: previous, questionID: questionID, cardIDs: cardIDs, rating: rating, at: date)
      try ReviewState.save(state, cardIDs: state.cardIDs.joined(separator: " "), in: db)
      return state
    }
  }

  /// The review state of every question ever answered, soonest due first.
  public func reviewStates() throws(UserStoreError) -> [ReviewState] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM review ORDER BY due_on, question_id").map(
        ReviewState.init(row:))
    }
  }

  /// Forgets every quiz answer, including the Leitner history kept from before FSRS (bookmarks and notes stay).
  public func resetReviews() throws(UserStoreError) {
    try write { db in
      try db.execute(sql: "DELETE FROM review")
      try db.execute(sql: "DELETE FROM leitner_review")
    }
  }
}
