import Foundation
import Testing

@testable import QomusCore

@Suite("Tour files")
struct TourLoaderTests {
  static let valid = """
    id: demo
    title: {uz: Namuna, en: Demo}
    description:
      uz: Qisqa sayohat.
      en: A short tour.
    stops:
      - card: act-a
        note:
          uz: Shu yerdan boshlang.
          en: Start here.
      - card: act-b
    """

  @Test func aValidTourLoadsWithItsStopsNotesAndLines() throws {
    let (tour, diagnostics) = TourLoader.parse(Self.valid, file: "tours/demo.yaml")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let loaded = try #require(tour)
    #expect(loaded.id == "demo")
    #expect(loaded.title == LocalizedText(uz: "Namuna", en: "Demo"))
    #expect(loaded.description.en == "A short tour.")
    #expect(loaded.stops.map(\.card) == ["act-a", "act-b"])
    #expect(loaded.stops[0].note == LocalizedText(uz: "Shu yerdan boshlang.", en: "Start here."))
    #expect(loaded.stops[1].note == nil)
    #expect(loaded.stops.map(\.line) == [7, 11])
  }

  @Test func aMissingLanguageIsQ015OnItsLine() {
    let text = Self.valid.replacingOccurrences(of: "      en: Start here.\n", with: "")
    let (tour, diagnostics) = TourLoader.parse(text, file: "t.yaml")
    #expect(tour != nil)
    #expect(diagnostics.map(\.code) == [.companionFile])
    #expect(diagnostics.first?.line == 9)
    #expect(diagnostics.first?.message.contains("no 'en' text") == true)
  }

  @Test func anUnknownFieldIsAWarningAndTheTourStillLoads() {
    let (tour, diagnostics) = TourLoader.parse(Self.valid + "\nauthor: someone\n", file: "t.yaml")
    #expect(tour != nil)
    #expect(diagnostics.map(\.severity) == [.warning])
    #expect(diagnostics.first?.message.contains("unknown field 'author'") == true)
  }

  @Test func brokenYAMLIsReportedWithALine() {
    let (tour, diagnostics) = TourLoader.parse(
      "id: demo\ntitle: {uz: a, en: b\nstops: []\n", file: "t.yaml")
    #expect(tour == nil)
    #expect(diagnostics.map(\.code) == [.companionFile])
    #expect((diagnostics.first?.line ?? 0) >= 2)
    #expect(diagnostics.first?.message.hasPrefix("YAML:") == true)
  }

  @Test func aTourNeedsStopsAndEachStopACard() {
    let noStops = TourLoader.parse("id: demo\ntitle: {uz: a, en: b}\n", file: "t.yaml")
    #expect(noStops.tour == nil)
    #expect(noStops.diagnostics.contains { $0.message.contains("missing field 'stops'") })
    let badStop = TourLoader.parse(
      "id: demo\ntitle: {uz: a, en: b}\nstops:\n  - note: {uz: a, en: b}\n  - card: x\n",
      file: "t.yaml")
    #expect(badStop.tour?.stops.map(\.card) == ["x"])
    #expect(badStop.diagnostics.map(\.line) == [4])
  }

  @Test func uzbekNotesFollowTheApostropheConvention() {
    let text = Self.valid.replacingOccurrences(
      of: "Shu yerdan boshlang.", with: "Ma'lumotdan boshlang.")
    let diagnostics = TourLoader.parse(text, file: "t.yaml").diagnostics
    #expect(diagnostics.map(\.code) == [.mixedApostrophes])
    #expect(diagnostics.first?.line == 9)
  }

  @Test func aDirectoryOfToursLoadsInFileOrderAndChecksNamesAndDuplicates() throws {
    let content = try TemporaryContent()
    let folder = content.url.appendingPathComponent("tours")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(Self.valid.utf8).write(to: folder.appendingPathComponent("demo.yaml"))
    try Data(Self.valid.utf8).write(to: folder.appendingPathComponent("other.yaml"))
    try Data("not a tour".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    let (tours, diagnostics) = TourLoader.load(directory: content.url)
    #expect(tours.map(\.id) == ["demo"])
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.file.hasSuffix("other.yaml") == true)
    #expect(diagnostics.first?.message.contains("already used") == true)
  }

  @Test func noToursFolderMeansNoToursAndNoProblem() throws {
    let content = try TemporaryContent()
    let (tours, diagnostics) = TourLoader.load(directory: content.url)
    #expect(tours.isEmpty && diagnostics.isEmpty)
  }
}
