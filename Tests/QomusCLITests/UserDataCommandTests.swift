import Foundation
import QomusCore
import Testing

/// `qomus notes`, `star`/`unstar`/`starred` and `quiz`, run as the built binary against a scratch data directory;
/// and writers killed mid-way.
@Suite("User data commands")
struct UserDataCommandTests {
  /// A content directory of acts with distinct years (enough for year and summary questions) and a data directory.
  final class Fixture {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }
    var data: URL { root.appendingPathComponent("data") }
    let ids: [String]

    init(cards: Int = 6) throws {
      root = FileManager.default.temporaryDirectory.appendingPathComponent(
        "qomus-userdata-\(UUID().uuidString)")
      let directory = root.appendingPathComponent("content/cards")
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      ids = (0..<cards).map { String(format: "act-%03d", $0) }
      for (index, id) in ids.enumerated() {
        let text = """
          ---
          id: \(id)
          kind: act
          jurisdiction: UZ
          title: {uz: "Qonun \(index)", en: "Law \(index)"}
          summary: {uz: "Qisqacha \(index).", en: "In short \(index)."}
          adopted: "\(2000 + index)"
          sources: [{section: Kirish}]
          ---
          # uz
          Matn.
          # en
          Text.
          """
        try Data(text.utf8).write(to: directory.appendingPathComponent("\(id).md"))
      }
    }

    /// Runs `qomus arguments… --content C --data-dir D` with `input` on stdin.
    func run(_ arguments: [String], input: String = "") throws -> CommandRunner.Output {
      let process = try launch(arguments, input: input)
      let stdout = process.out.fileHandleForReading.readDataToEndOfFile()
      let stderr = process.err.fileHandleForReading.readDataToEndOfFile()
      process.process.waitUntilExit()
      return CommandRunner.Output(
        status: process.process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
        stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Starts `qomus` with stdin read from a file holding `input`.
    func launch(_ arguments: [String], input: String) throws -> (
      process: Process, out: Pipe, err: Pipe
    ) {
      let inputFile = root.appendingPathComponent("stdin-\(UUID().uuidString)")
      try Data(input.utf8).write(to: inputFile)
      let process = Process()
      process.executableURL = CommandRunner.binary
      process.arguments = arguments + ["--content", content.path, "--data-dir", data.path]
      var environment = ProcessInfo.processInfo.environment
      environment["QOMUS_CONTENT"] = nil
      environment["QOMUS_DATA"] = nil
      process.environment = environment
      let out = Pipe()
      let err = Pipe()
      process.standardOutput = out
      process.standardError = err
      process.standardInput = try FileHandle(forReadingFrom: inputFile)
      try process.run()
      return (process, out, err)
    }

    deinit { try? FileManager.default.removeItem(at: root) }
  }

  // MARK: - Notes and bookmarks

  @Test func notesCanBeAddedShownListedSearchedAndRemoved() throws {
    let fixture = try Fixture()
    let add = try fixture.run(["notes", "add", "act-001", "Oʻzbekiston", "qonuni"])
    #expect(add.status == 0, "\(add.stderr)")
    #expect(add.stdout == "Saved note on act-001.\n")
    #expect(try fixture.run(["notes", "add", "act-002", "-"], input: "Second\nline\n").status == 0)
    #expect(try fixture.run(["notes", "add", "act-001", "--append", "more"]).status == 0)

    let show = try fixture.run(["notes", "show", "act-001"])
    #expect(show.status == 0)
    #expect(show.stdout.contains("Law 1"))
    #expect(show.stdout.contains("  Oʻzbekiston qonuni\n  \n  more\n"))

    let list = try fixture.run(["notes", "list", "--json"])
    let notes = try #require(
      try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: String]])
    #expect(notes.map { $0["id"] } == ["act-001", "act-002"], "most recently edited first")
    #expect(notes.last?["text"] == "Second\nline")
    #expect(Set(try #require(notes.first).keys) == ["id", "text", "created", "updated"])

    let search = try fixture.run(["notes", "search", "O'ZBEKISTON"])
    #expect(search.status == 0)
    #expect(search.stdout.contains("act-001") && !search.stdout.contains("act-002"))

    #expect(
      try fixture.run(["notes", "remove", "act-001"]).stdout == "Removed the note on act-001.\n")
    let again = try fixture.run(["notes", "remove", "act-001"])
    #expect(again.status != 0)
    #expect(again.stderr.contains("no note on 'act-001'"))
    #expect(try fixture.run(["notes", "show", "act-001"]).status != 0)
  }

  @Test func aNoteOnAnUnknownCardIsRefusedWithAHint() throws {
    let fixture = try Fixture()
    let output = try fixture.run(["notes", "add", "act-00", "text"])
    #expect(output.status != 0)
    #expect(output.stderr.contains("no card with id 'act-00'"))
    #expect(output.stderr.contains("act-001"))
    #expect(output.stdout.isEmpty)
  }

  @Test func starsAreAddedListedAndRemoved() throws {
    let fixture = try Fixture()
    #expect(try fixture.run(["star", "act-003"]).stdout == "Starred act-003.\n")
    #expect(try fixture.run(["star", "act-004"]).status == 0)
    let starred = try fixture.run(["starred"])
    #expect(starred.stdout.contains("act-003") && starred.stdout.contains("Law 4"))
    let json = try fixture.run(["starred", "--json"])
    let list = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]])
    #expect(Set(list.compactMap { $0["id"] }) == ["act-003", "act-004"])
    #expect(try fixture.run(["unstar", "act-003"]).stdout == "Unstarred act-003.\n")
    #expect(try fixture.run(["unstar", "act-003"]).stdout == "act-003 was not starred.\n")
    #expect(try fixture.run(["star", "nope"]).status != 0)
  }

  @Test func anUnusableDataDirectoryIsOneClearErrorNamingIt() throws {
    let fixture = try Fixture()
    try FileManager.default.createDirectory(at: fixture.root, withIntermediateDirectories: true)
    try Data("not a directory".utf8).write(to: fixture.data)
    let output = try fixture.run(["notes", "add", "act-001", "text"])
    #expect(output.status == 1)
    #expect(output.stderr.contains("'\(fixture.data.path)' is a file, not a directory"))
    #expect(output.stdout.isEmpty)
  }

  // MARK: - Quiz

  @Test func theQuizRunsInAPipeAndEndsCleanlyAtTheEndOfInput() throws {
    let fixture = try Fixture()
    let output = try fixture.run(["quiz", "--count", "3", "--seed", "5"], input: "1\nmaybe\nb\n")
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("Quiz: 3 questions (seed 5)."))
    #expect(
      output.stdout.contains("[1/3]") && output.stdout.contains("[2/3]")
        && output.stdout.contains("[3/3]"))
    #expect(output.stdout.contains("Type a number from 1 to 4, or q to stop."))
    #expect(output.stdout.contains("Score: "))
    #expect(output.stdout.contains("/2."), "two answers were given before the input ended")
    #expect(output.stdout.contains("Reviews: "))
    let store = try UserStore.open(directory: fixture.data)
    #expect(try store.reviewStates().count == 2)
  }

  @Test func theSameSeedAsksTheSameQuestions() throws {
    let first = try Fixture()
    let second = try Fixture()
    let a = try first.run(["quiz", "--count", "4", "--seed", "77"], input: "1\n1\n1\n1\n")
    let b = try second.run(["quiz", "--count", "4", "--seed", "77"], input: "1\n1\n1\n1\n")
    #expect(a.status == 0 && b.status == 0)
    #expect(
      a.stdout.components(separatedBy: "Score:").first
        == b.stdout.components(separatedBy: "Score:").first)
    #expect(a.stdout.contains("[4/4]"))
  }

  @Test func theQuizSpeaksUzbekAndStopsOnQ() throws {
    let fixture = try Fixture()
    let output = try fixture.run(
      ["quiz", "--lang", "uz", "--count", "5", "--seed", "1"], input: "q\n")
    #expect(output.status == 0)
    #expect(output.stdout.contains("Test: 5 ta savol"))
    #expect(output.stdout.contains("Natija: 0/0."))
    #expect(!output.stdout.contains("[2/5]"))
  }

  @Test func aWrongAnswerIsCorrectedAndListedToRevisit() throws {
    let fixture = try Fixture()
    // With no review history the quiz asks the generator's first question: answer it wrong.
    let corpus = ContentLoader.load(directory: fixture.content).corpus
    let question = try #require(QuizGenerator(corpus: corpus).questions(count: 1, seed: 3).first)
    let wrong = (question.answerIndex + 1) % 4 + 1
    let output = try fixture.run(["quiz", "--count", "1", "--seed", "3"], input: "\(wrong)\n")
    #expect(
      output.stdout.contains(
        "✗ Wrong. The answer is \(question.answerIndex + 1)) \(question.answer.text.en)"))
    #expect(output.stdout.contains("Revisit:"))
    #expect(output.stdout.contains(question.cardIDs[0]))
    let summary = try fixture.run(["quiz", "--summary"])
    #expect(
      summary.stdout.contains(question.cardIDs[0]) && summary.stdout.contains("missed; review on "))
  }

  /// A first right answer is rated Good: FSRS-6's w2 = 2.3065 days, D₀(3) = 6.4133 − e^(2·0.8334) + 1 = 2.1181
  /// (four decimals), recall 1 on the day, due in round(2.3065) = 2 days; a first wrong one Again: w0 = 0.212,
  /// D₀(1) = 6.4133, due tomorrow.
  @Test func reviewListsEveryAnsweredQuestionWithItsMemoryState() throws {
    let fixture = try Fixture()
    let empty = try fixture.run(["review", "--json"])
    #expect(empty.status == 0)
    #expect((try JSONSerialization.jsonObject(with: Data(empty.stdout.utf8)) as? [Any])?.isEmpty == true)
    let corpus = ContentLoader.load(directory: fixture.content).corpus
    let questions = QuizGenerator(corpus: corpus).questions(count: 2, seed: 8)
    let answers = [questions[0].answerIndex + 1, (questions[1].answerIndex + 1) % 4 + 1]
    let quiz = try fixture.run(
      ["quiz", "--count", "2", "--seed", "8"], input: answers.map(String.init).joined(separator: "\n") + "\n")
    #expect(quiz.status == 0, "\(quiz.stderr)")
    let output = try fixture.run(["review", "--json"])
    #expect(output.status == 0, "\(output.stderr)")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
    #expect(rows.count == 2)
    #expect(
      rows.allSatisfy {
        Set($0.keys) == ["id", "stability", "difficulty", "retrievability", "due", "reviews", "lapses"]
      })
    let today = CalendarDay(Date(), in: .current)
    let right = try #require(rows.first { $0["id"] as? String == questions[0].id })
    #expect(right["stability"] as? Double == 2.3065)
    #expect(right["difficulty"] as? Double == 2.1181)
    #expect(right["retrievability"] as? Double == 1)
    #expect(right["due"] as? String == today.adding(days: 2).description)
    #expect(right["reviews"] as? Int == 1 && right["lapses"] as? Int == 0)
    let wrong = try #require(rows.first { $0["id"] as? String == questions[1].id })
    #expect(wrong["stability"] as? Double == 0.212)
    #expect(wrong["difficulty"] as? Double == 6.4133)
    #expect(wrong["due"] as? String == today.adding(days: 1).description)
    let text = try fixture.run(["review"])
    #expect(text.stdout.contains("2 questions answered, 0 due today."))
    #expect(text.stdout.contains(questions[0].id) && text.stdout.contains("2.31 d"))
  }

  /// `review --lang cyr` titles a reviewed card in Uzbek Cyrillic: "Qonun N" is "Қонун N" (Қ for Q, о н у н).
  @Test func reviewTitlesCardsInCyrillicWithLangCyr() throws {
    let fixture = try Fixture()
    let corpus = ContentLoader.load(directory: fixture.content).corpus
    let question = try #require(QuizGenerator(corpus: corpus).questions(count: 1, seed: 8).first)
    let quiz = try fixture.run(
      ["quiz", "--count", "1", "--seed", "8"], input: "\(question.answerIndex + 1)\n")
    #expect(quiz.status == 0, "\(quiz.stderr)")
    let index = try #require(fixture.ids.firstIndex(of: question.cardIDs[0]))
    let output = try fixture.run(["review", "--lang", "cyr"])
    #expect(output.status == 0, "\(output.stderr)")
    let row = try #require(output.stdout.split(separator: "\n").first { $0.contains(question.id) })
    #expect(row.hasSuffix("Қонун \(index)"), "\(row)")
    #expect(!output.stdout.contains("Qonun"))
  }

  @Test func aRetentionOutsideTheRangeIsRefusedWithTheRange() throws {
    let fixture = try Fixture()
    for value in ["0.5", "0.98", "ninety"] {
      let output = try fixture.run(["quiz", "--retention", value, "--count", "1"], input: "1\n")
      #expect(output.status != 0, "\(value)")
      #expect(output.stderr.contains("--retention") && output.stderr.contains("0.70 to 0.97"), "\(value)")
      #expect(!output.stderr.contains("Usage:"), "no usage dump")
      #expect(output.stdout.isEmpty, "nothing asked")
    }
    let accepted = try fixture.run(["quiz", "--retention", "0.8", "--count", "1", "--seed", "8"], input: "q\n")
    #expect(accepted.status == 0, "\(accepted.stderr)")
  }

  @Test func theQuizStillRunsWhenAnswersCannotBeSaved() throws {
    let fixture = try Fixture()
    try FileManager.default.createDirectory(at: fixture.root, withIntermediateDirectories: true)
    try Data("x".utf8).write(to: fixture.data)
    let output = try fixture.run(["quiz", "--count", "1", "--seed", "2"], input: "1\n")
    #expect(output.status == 0)
    #expect(output.stderr.contains("answers will not be saved"))
    #expect(output.stderr.contains(fixture.data.path))
    #expect(output.stdout.contains("Score: "))
  }

  // MARK: - Killed writers

  /// A writer saving notes one by one is killed with SIGKILL mid-stream; every note it reported is intact.
  @Test func aKilledImportLosesNoReportedNote() throws {
    let fixture = try Fixture(cards: 200)
    let lines = (0..<20_000).map { index in
      (id: fixture.ids[index % fixture.ids.count], text: "note \(index) ✓ oʻz")
    }
    let input = try lines.map { line in
      String(
        decoding: try JSONSerialization.data(withJSONObject: ["id": line.id, "text": line.text]),
        as: UTF8.self)
    }.joined(separator: "\n")
    let writer = try fixture.launch(["notes", "import"], input: input)

    var received = Data()
    var reported = 0
    while reported < 40 {
      let chunk = writer.out.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      received += chunk
      reported =
        String(decoding: received, as: UTF8.self).components(separatedBy: "Saved note on ").count
        - 1
    }
    kill(writer.process.processIdentifier, SIGKILL)
    received += writer.out.fileHandleForReading.readDataToEndOfFile()
    writer.process.waitUntilExit()
    #expect(
      writer.process.terminationReason == .uncaughtSignal,
      "the writer was killed mid-way, not finished")

    let output = String(decoding: received, as: UTF8.self)
    let saved = output.split(separator: "\n").filter {
      $0.hasPrefix("Saved note on ") && $0.hasSuffix(".")
    }
    #expect(saved.count >= 40)
    for (index, line) in saved.enumerated() { #expect(line == "Saved note on \(lines[index].id).") }

    let store = try UserStore.open(directory: fixture.data)
    #expect(try store.checkIntegrity())
    let committed = saved.count
    for id in Set(lines.prefix(committed).map(\.id)) {
      let expected = lines.prefix(committed).last { $0.id == id }?.text
      // The line after the last report may have been committed just before the kill.
      let inFlight = lines[committed].id == id ? lines[committed].text : nil
      let stored = try store.note(on: id)?.text
      #expect(
        stored == expected || (inFlight != nil && stored == inFlight),
        "\(id): \(stored ?? "missing")")
    }
    #expect(try store.notes().count <= fixture.ids.count)
  }

  /// Several `qomus notes add` processes write at once and half are killed at once: every note a process reported
  /// is intact, and the database is consistent.
  @Test func killedNotesAddProcessesLeaveEverySavedNoteIntact() throws {
    let fixture = try Fixture(cards: 24)
    var writers: [(id: String, text: String, run: (process: Process, out: Pipe, err: Pipe))] = []
    for (index, id) in fixture.ids.enumerated() {
      let text = "note \(index) — maʼlumot"
      writers.append((id, text, try fixture.launch(["notes", "add", id, text], input: "")))
      if index % 2 == 1 { kill(writers[index].run.process.processIdentifier, SIGKILL) }
    }
    var reported: [(id: String, text: String)] = []
    for writer in writers {
      let stdout = String(
        decoding: writer.run.out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      let stderr = String(
        decoding: writer.run.err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      writer.run.process.waitUntilExit()
      if writer.run.process.terminationReason == .exit {
        #expect(writer.run.process.terminationStatus == 0, "\(stderr)")
      }
      if stdout == "Saved note on \(writer.id).\n" { reported.append((writer.id, writer.text)) }
    }
    #expect(reported.count >= writers.count / 2)
    let store = try UserStore.open(directory: fixture.data)
    #expect(try store.checkIntegrity())
    for note in reported { #expect(try store.note(on: note.id)?.text == note.text) }
    for note in try store.notes() {
      #expect(
        writers.contains { $0.id == note.cardID && $0.text == note.text },
        "no torn note: \(note.cardID)")
    }
  }
}
