import Foundation
import Testing

@testable import QomusCore

/// The content snapshot: a start with nothing changed reads no card file; any change between two starts is on the
/// second; a snapshot that cannot be trusted is rebuilt; what it gives equals what parsing the files gives.
@Suite("Content snapshot")
struct ContentSnapshotTests {
  /// A content directory and a cache directory, removed afterwards.
  final class Setup {
    let content: TemporaryContent
    let cache: URL

    init(cards ids: [String] = ["act-one", "act-two", "act-three"]) throws {
      content = try TemporaryContent()
      cache = content.url.appendingPathComponent("cache")
      try FileManager.default.createDirectory(
        at: content.url.appendingPathComponent("cards/act"), withIntermediateDirectories: true)
      for id in ids { try write(id) }
    }

    /// Writes the card `id` to `cards/act/<id>.md`, with `body` as its English body text.
    @discardableResult
    func write(_ id: String, english: String = "The law lays down the basis.", name: String? = nil) throws
      -> String
    {
      var fixture = CardFixture()
      fixture.id = id
      fixture.body = "# uz\n\nQonun asosni belgilaydi.\n\n# en\n\n\(english)"
      return try content.write("act/\(name ?? id).md", fixture.text)
    }

    func load() -> LoadResult { ContentLoader.load(directory: content.url, cacheDirectory: cache) }

    var snapshotFile: URL {
      ContentSnapshot.file(for: content.url.appendingPathComponent("cards").path, in: cache)
    }

    /// Makes every card file look older than the two-second window in which a file is always read again.
    func age() throws {
      let old = Date().addingTimeInterval(-60)
      let cards = content.url.appendingPathComponent("cards/act")
      for name in try FileManager.default.contentsOfDirectory(atPath: cards.path) {
        try FileManager.default.setAttributes(
          [.modificationDate: old], ofItemAtPath: cards.appendingPathComponent(name).path)
      }
    }
  }

  @Test func aStartWithNothingChangedReadsNoCardFile() throws {
    let setup = try Setup()
    try setup.age()
    let first = setup.load()
    #expect(first.snapshot == .rebuilt(nil))
    #expect(first.filesRead == 3)
    let second = setup.load()
    #expect(second.snapshot == .unchanged)
    #expect(second.filesRead == 0)
    #expect(second.corpus.cards.map(dump) == first.corpus.cards.map(dump))
  }

  @Test func bodiesAreReadFromTheSnapshotWhenACardIsOpened() throws {
    let setup = try Setup()
    try setup.age()
    _ = setup.load()
    let card = try #require(setup.load().corpus["act-two"])
    #expect(!card.isBodyLoaded)
    #expect(card.body.en == "The law lays down the basis.")
    #expect(card.isBodyLoaded)
  }

  @Test func anEditedFileIsReadAgain() throws {
    let setup = try Setup()
    try setup.age()
    _ = setup.load()
    try setup.write("act-two", english: "The law now says something else.")
    let second = setup.load()
    #expect(second.snapshot == .updated)
    #expect(second.filesRead == 1)
    #expect(second.corpus["act-two"]?.body.en == "The law now says something else.")
    #expect(second.corpus["act-one"]?.body.en == "The law lays down the basis.")
  }

  @Test func anEditKeepingSizeAndTimeIsSeenWhenTheFileWasRecent() throws {
    // Written within the last two seconds: stored without a time, so the next start reads it again even if an edit
    // keeps its size and lands in the same clock tick.
    let setup = try Setup()
    _ = setup.load()
    try setup.write("act-one", english: "The law lays down the BASIS.")
    #expect(setup.load().corpus["act-one"]?.body.en == "The law lays down the BASIS.")
  }

  @Test func anAddedFileAppears() throws {
    let setup = try Setup()
    try setup.age()
    _ = setup.load()
    try setup.write("act-four")
    let second = setup.load()
    #expect(second.corpus.cards.map(\.id).sorted() == ["act-four", "act-one", "act-three", "act-two"])
    #expect(second.filesRead == 1)
  }

  @Test func aRemovedFileDisappears() throws {
    let setup = try Setup()
    try setup.age()
    _ = setup.load()
    try FileManager.default.removeItem(
      at: setup.content.url.appendingPathComponent("cards/act/act-two.md"))
    let second = setup.load()
    #expect(second.corpus.cards.map(\.id).sorted() == ["act-one", "act-three"])
    #expect(second.snapshot == .updated)
    #expect(setup.load().snapshot == .unchanged, "the removed file's row is gone")
  }

  @Test func aRenamedFileIsFoundUnderItsNewName() throws {
    let setup = try Setup()
    try setup.age()
    _ = setup.load()
    let cards = setup.content.url.appendingPathComponent("cards/act")
    try FileManager.default.moveItem(
      at: cards.appendingPathComponent("act-two.md"), to: cards.appendingPathComponent("renamed.md"))
    let second = setup.load()
    let card = try #require(second.corpus["act-two"])
    #expect(card.file == cards.appendingPathComponent("renamed.md").path)
    #expect(card.body.en == "The law lays down the basis.")
    #expect(
      second.diagnostics.map(\.code) == [.fileNameMismatch],
      "the renamed file no longer matches its id: \(second.diagnostics)")
  }

  @Test func aFileCorruptedBetweenStartsIsSkippedAndNamed() throws {
    let setup = try Setup()
    try setup.age()
    _ = setup.load()
    let file = setup.content.url.appendingPathComponent("cards/act/act-two.md")
    try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A]).write(to: file)
    for result in [setup.load(), setup.load()] {
      #expect(result.corpus.cards.map(\.id).sorted() == ["act-one", "act-three"])
      #expect(result.skippedFiles == [file.path])
      #expect(result.diagnostics.map(\.message) == ["the file is not valid UTF-8"])
    }
  }

  @Test func diagnosticsFromTheSnapshotEqualThoseFromTheFiles() throws {
    let setup = try Setup()
    var broken = CardFixture()
    broken.id = "act-broken"
    broken.fields["topics"] = "[nope]"
    broken.fields["links"] = "\n  - {rel: see-also, to: act-missing}"
    broken.body = "# uz\n\nO'zbek matn.\n\n# en\n\nText."
    try setup.content.write("act/act-broken.md", broken.text)
    try setup.content.write("act/act-yaml.md", "---\nid: act-yaml\ntitle: [unclosed\n---\n# uz\n")
    try setup.age()
    let parsed = ContentLoader.load(directory: setup.content.url)
    _ = setup.load()
    let warm = setup.load()
    #expect(warm.snapshot == .unchanged)
    #expect(!parsed.diagnostics.isEmpty)
    #expect(warm.diagnostics == parsed.diagnostics)
    #expect(warm.skippedFiles == parsed.skippedFiles)
    #expect(warm.corpus.cards.map(dump) == parsed.corpus.cards.map(dump))
  }

  @Test(arguments: ["garbage", "truncated", "flipped"])
  func aDamagedSnapshotIsRebuilt(damage: String) throws {
    let setup = try Setup()
    try setup.age()
    let first = setup.load()
    let file = setup.snapshotFile
    var bytes = try [UInt8](Data(contentsOf: file))
    switch damage {
    case "garbage": bytes = Array("not a database at all".utf8)
    case "truncated": bytes.removeLast(bytes.count / 3)
    default:
      // Change a letter of a stored card's English title, which only the row's checksum can notice.
      let title = Array("On Electronic Government".utf8)
      let at = try #require(
        bytes.indices.first { bytes[$0...].starts(with: title) }, "the title is stored in the snapshot")
      bytes[at + 3] = UInt8(ascii: "X")
    }
    try Data(bytes).write(to: file)
    let second = setup.load()
    guard case .rebuilt(let rejection) = second.snapshot else {
      Issue.record("a damaged snapshot was used: \(second.snapshot)")
      return
    }
    #expect(rejection != nil)
    #expect(second.filesRead == 3)
    #expect(second.corpus.cards.map(dump) == first.corpus.cards.map(dump))
    #expect(setup.load().snapshot == .unchanged)
  }

  @Test func anotherDirectorysSnapshotIsNotTrusted() throws {
    let setup = try Setup()
    let other = try Setup(cards: ["act-other"])
    _ = other.load()
    try FileManager.default.createDirectory(at: setup.cache, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: other.snapshotFile, to: setup.snapshotFile)
    let result = setup.load()
    #expect(result.snapshot == .rebuilt(.foreign))
    #expect(result.corpus.cards.map(\.id).sorted() == ["act-one", "act-three", "act-two"])
  }

  @Test func anUnwritableCacheStillLoadsEveryCard() throws {
    let setup = try Setup()
    try Data("x".utf8).write(to: setup.cache)
    let result = setup.load()
    #expect(result.snapshot == .unused)
    #expect(result.corpus.cards.count == 3)
  }

  @Test func theSearchIndexOfSnapshotCardsIsTheIndexOfParsedCards() throws {
    let setup = try Setup()
    try setup.age()
    let parsed = ContentLoader.load(directory: setup.content.url).corpus
    _ = setup.load()
    let fromSnapshot = setup.load().corpus
    #expect(
      ContentFingerprint.of(fromSnapshot, schemaVersion: SearchIndex.schemaVersion)
        == ContentFingerprint.of(parsed, schemaVersion: SearchIndex.schemaVersion))
    let engine = try SearchEngine(corpus: fromSnapshot, cacheDirectory: setup.cache)
    let again = try SearchEngine(corpus: parsed, cacheDirectory: setup.cache)
    #expect(engine.indexOrigin == .built)
    #expect(again.indexOrigin == .cache)
    #expect(engine.search("basis").count == 3)
  }
}
