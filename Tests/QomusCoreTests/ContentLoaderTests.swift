import Foundation
import Testing

@testable import QomusCore

@Suite("Content loader")
struct ContentLoaderTests {
  @Test func aBrokenFileIsSkippedAndNamedWhileGoodCardsLoad() throws {
    let content = try TemporaryContent()
    var good = CardFixture()
    good.id = "act-good"
    try content.write("act-good.md", good.text)
    var other = CardFixture()
    other.id = "act-other"
    try content.write("act-other.md", other.text)
    let broken = try content.write(
      "act-broken.md", "---\nid: act-broken\ntitle: [unclosed\n---\n# uz\n")

    let result = ContentLoader.load(directory: content.url)
    #expect(result.corpus.cards.map(\.id).sorted() == ["act-good", "act-other"])
    #expect(result.skippedFiles == [broken])
    let error = try #require(result.diagnostics.first { $0.file == broken })
    #expect(error.code == .parse)
    #expect(
      error.line >= 3, "the YAML error is on or after line 3 of the file, not line \(error.line)")
    #expect(result.hasErrors)
  }

  @Test func nonUTF8FilesAreReportedNotFatal() throws {
    let content = try TemporaryContent()
    let file = content.url.appendingPathComponent("cards/act-latin1.md")
    try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A]).write(to: file)
    try content.write("act-test.md", CardFixture().text)
    let result = ContentLoader.load(directory: content.url)
    #expect(result.corpus.cards.map(\.id) == ["act-test"])
    #expect(result.diagnostics.contains { $0.file == file.path && $0.message.contains("UTF-8") })
  }

  @Test func cardsInSubfoldersAreFound() throws {
    let content = try TemporaryContent()
    try FileManager.default.createDirectory(
      at: content.url.appendingPathComponent("cards/act"), withIntermediateDirectories: true)
    try content.write("act/act-test.md", CardFixture().text)
    #expect(ContentLoader.load(directory: content.url).corpus.cards.count == 1)
  }

  @Test func anEmptyDirectoryIsAnError() throws {
    let content = try TemporaryContent()
    let result = ContentLoader.load(directory: content.url)
    #expect(result.corpus.cards.isEmpty)
    #expect(result.hasErrors)
  }

  @Test func theLocatorPrefersAnExplicitDirectoryAndRejectsAMissingOne() throws {
    let content = try TemporaryContent()
    let found = try ContentLocator.locate(
      explicit: content.url.path, environment: ["QOMUS_CONTENT": "/nonexistent"], executable: nil,
      checkout: nil)
    #expect(found.path == content.url.path)
    #expect(throws: ContentLocator.Failure.self) {
      try ContentLocator.locate(
        explicit: "/nonexistent/qomus", environment: [:], executable: nil, checkout: nil)
    }
  }

  @Test func theLocatorFindsContentBesideAnInstalledBinary() throws {
    let root = try TemporaryContent()
    let prefix = root.url.appendingPathComponent("prefix")
    try FileManager.default.createDirectory(
      at: prefix.appendingPathComponent("share/qomus/content/cards"),
      withIntermediateDirectories: true)
    let found = try ContentLocator.locate(
      explicit: nil, environment: [:], executable: prefix.appendingPathComponent("bin/qomus"),
      checkout: nil,
      workingDirectory: root.url)
    #expect(
      found.standardizedFileURL.path == prefix.appendingPathComponent("share/qomus/content").path)
  }
}
