import Foundation
import GRDB

extension ReviewState {
  init(row: Row) {
    let cardIDs: String = row["card_ids"]
    self.init(
      questionID: row["question_id"], cardIDs: cardIDs.split(separator: " ").map(String.init),
      box: row["box"],
      due: row["due_at"], lastAnswered: row["answered_at"], lastCorrect: row["last_correct"],
      correctCount: row["correct_count"], wrongCount: row["wrong_count"])
  }
}

extension UserStore {
  /// Records an answer to `question` and schedules its next review by `schedule`, reading the previous state and
  /// writing the new one in one transaction. Returns the new state once it is saved.
  @discardableResult
  public func recordAnswer(
    to question: QuizQuestion, correct: Bool, schedule: LeitnerSchedule = .standard
  ) throws(UserStoreError) -> ReviewState {
    try recordAnswer(
      questionID: question.id, cardIDs: question.cardIDs, correct: correct, schedule: schedule)
  }

  /// Records an answer to the question `questionID` (about `cardIDs`); see ``recordAnswer(to:correct:schedule:)``.
  @discardableResult
  public func recordAnswer(
    questionID: String, cardIDs: [String], correct: Bool, schedule: LeitnerSchedule = .standard
  ) throws(UserStoreError) -> ReviewState {
    let date = now()
    return try write { db in
      let previous = try Row.fetchOne(
        db, sql: "SELECT * FROM review WHERE question_id = ?", arguments: [questionID]
      )
      .map(ReviewState.init(row:))
      let state = schedule.next(
        after: previous, questionID: questionID, cardIDs: cardIDs, correct: correct, at: date)
      try db.execute(
        sql: """
          INSERT OR REPLACE INTO review
            (question_id, card_ids, box, due_at, answered_at, last_correct, correct_count, wrong_count)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          state.questionID, state.cardIDs.joined(separator: " "), state.box, state.due,
          state.lastAnswered,
          state.lastCorrect, state.correctCount, state.wrongCount,
        ])
      return state
    }
  }

  /// The review state of every question ever answered, soonest due first.
  public func reviewStates() throws(UserStoreError) -> [ReviewState] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM review ORDER BY due_at, question_id").map(
        ReviewState.init(row:))
    }
  }

  /// Forgets every quiz answer (bookmarks and notes stay).
  public func resetReviews() throws(UserStoreError) {
    try write { db in try db.execute(sql: "DELETE FROM review") }
  }
}
