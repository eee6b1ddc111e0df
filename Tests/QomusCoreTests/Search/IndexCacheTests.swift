import Foundation
import Testing

@testable import QomusCore

@Suite("Search index cache")
struct IndexCacheTests {
  /// A fresh temporary directory, removed at the end of the test.
  final class Directory {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "qomus-cache-\(UUID().uuidString)")
    deinit { try? FileManager.default.removeItem(at: url) }
  }

  private var corpus: Corpus { SearchTestCorpus.corpus }

  private func indexFiles(_ directory: URL) -> [URL] {
    ((try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil))
      ?? [])
      .filter { $0.lastPathComponent.hasPrefix("search-") && $0.pathExtension == "sqlite" }
  }

  @Test func aSecondStartOpensTheCache() throws {
    let directory = Directory()
    let first = try SearchEngine(corpus: corpus, cacheDirectory: directory.url)
    #expect(first.indexOrigin == .built)
    #expect(indexFiles(directory.url).count == 1)
    let second = try SearchEngine(corpus: corpus, cacheDirectory: directory.url)
    #expect(second.indexOrigin == .cache)
    #expect(second.search("oʻzbekiston").map(\.id) == first.search("oʻzbekiston").map(\.id))
    #expect(second.search("oʻzbekiston").map(\.id) == ["act-egov"])
  }

  @Test func changedContentGetsItsOwnIndex() throws {
    let directory = Directory()
    _ = try SearchEngine(corpus: corpus, cacheDirectory: directory.url)
    var cards = corpus.cards
    cards[0] = cards[0].with { $0.summary.uz += " Yangi jumla." }
    let changed = try SearchEngine(corpus: Corpus(cards: cards), cacheDirectory: directory.url)
    #expect(changed.indexOrigin == .built)
    #expect(changed.search("jumla").map(\.id) == [cards[0].id])
    #expect(indexFiles(directory.url).count == 2)
  }

  @Test(arguments: ["garbage", "truncated", "empty", "wrong-fingerprint"])
  func aDamagedCacheIsRebuiltNotTrusted(_ damage: String) throws {
    let directory = Directory()
    _ = try SearchEngine(corpus: corpus, cacheDirectory: directory.url)
    let file = try #require(indexFiles(directory.url).first)
    switch damage {
    case "garbage":
      try Data(repeating: 0x5A, count: 8_192).write(to: file)
    case "truncated":
      let data = try Data(contentsOf: file)
      try data.prefix(data.count / 2).write(to: file)
    case "empty":
      try Data().write(to: file)
    default:
      // A valid index of other content, under this content's name.
      let other = Directory()
      _ = try SearchEngine(
        corpus: Corpus(cards: Array(corpus.cards.prefix(2))), cacheDirectory: other.url)
      let otherFile = try #require(indexFiles(other.url).first)
      try FileManager.default.removeItem(at: file)
      try FileManager.default.copyItem(at: otherFile, to: file)
    }
    let engine = try SearchEngine(corpus: corpus, cacheDirectory: directory.url)
    #expect(engine.indexOrigin == .built)
    #expect(engine.search("210-FZ").map(\.id) == ["ana-ru-210"])
    let again = try SearchEngine(corpus: corpus, cacheDirectory: directory.url)
    #expect(again.indexOrigin == .cache)
  }

  @Test func anUnwritableCacheFallsBackToMemory() throws {
    let directory = Directory()
    try FileManager.default.createDirectory(at: directory.url, withIntermediateDirectories: true)
    // A regular file where the cache directory should be: nothing can be created under it.
    let blocker = directory.url.appendingPathComponent("not-a-directory")
    try Data("x".utf8).write(to: blocker)
    let engine = try SearchEngine(
      corpus: corpus, cacheDirectory: blocker.appendingPathComponent("qomus"))
    #expect(engine.indexOrigin == .memory)
    #expect(engine.search("gosuslugi").map(\.id) == ["ana-ru-210"])
  }

  @Test func noCacheDirectoryMeansMemory() throws {
    #expect(try SearchEngine(corpus: corpus).indexOrigin == .memory)
  }

  @Test func theDefaultCacheFollowsXDG() {
    #expect(
      SearchEngine.defaultCacheDirectory(environment: [
        "XDG_CACHE_HOME": "/x/cache", "HOME": "/home/u",
      ]).path
        == "/x/cache/qomus")
    #expect(
      SearchEngine.defaultCacheDirectory(environment: ["HOME": "/home/u"]).path
        == "/home/u/.cache/qomus")
    // A relative XDG_CACHE_HOME is invalid by the specification and ignored.
    #expect(
      SearchEngine.defaultCacheDirectory(environment: ["XDG_CACHE_HOME": "rel", "HOME": "/home/u"])
        .path
        == "/home/u/.cache/qomus")
  }

  @Test func theFingerprintFollowsTheContent() {
    let base = ContentFingerprint.of(corpus, schemaVersion: 1)
    #expect(base == ContentFingerprint.of(corpus, schemaVersion: 1))
    #expect(base != ContentFingerprint.of(corpus, schemaVersion: 2))
    var cards = corpus.cards
    cards[1] = cards[1].with { $0.body.en += "." }
    #expect(base != ContentFingerprint.of(Corpus(cards: cards), schemaVersion: 1))
    #expect(base.count == 32)
  }

  @Test func aCardsDigestFollowsItsIndexedFieldsOnly() {
    let card = corpus.cards[0]
    let retitled = card.with { $0.title.en += "!" }
    #expect(retitled.indexDigest != card.indexDigest)
    let redated = card.with { $0.adopted = PartialDate(year: 1990) }
    #expect(redated.indexDigest != card.indexDigest)
    let reissued = card.with {
      $0.issuer = LocalizedText(uz: "Vazirlar Mahkamasi", en: "Cabinet of Ministers")
    }
    #expect(reissued.indexDigest != card.indexDigest, "the issuer is indexed with the body")
    let annotated = card.with {
      $0.file = "elsewhere.md"
      $0.links = []
    }
    #expect(annotated.indexDigest == card.indexDigest)
    #expect(retitled.with { $0.title = card.title }.indexDigest == card.indexDigest)
  }

  @Test func fieldsAreDelimitedInTheFingerprint() {
    var first = ContentFingerprint()
    first.combine("ab")
    first.combine("c")
    var second = ContentFingerprint()
    second.combine("a")
    second.combine("bc")
    #expect(first.hexDigest != second.hexDigest)
  }
}
