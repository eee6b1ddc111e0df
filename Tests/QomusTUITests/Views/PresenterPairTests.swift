import Foundation
import QomusCore
import Testing

@testable import QomusTUI

/// The presenter's screen and the projector as two explorers joined by a real socket: they stay on the same slide
/// whichever gets the key, and either can be closed and started again.
@Suite("Presenter pair")
struct PresenterPairTests {
  /// A short directory for the socket (their paths are limited to about 100 bytes), removed at the end.
  final class Directory {
    let socket: URL
    private let url: URL
    init() throws {
      url = URL(fileURLWithPath: "/tmp/qomus-pp-\(UUID().uuidString.prefix(8))")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      socket = url.appendingPathComponent("present-intro.sock")
    }
    deinit { try? FileManager.default.removeItem(at: url) }
  }

  /// A clock the test turns.
  final class Clock: @unchecked Sendable {
    var instant = ContinuousClock.now
  }

  /// One screen of the pair: an explorer presenting `intro` from the start, and its end of the link.
  struct Screen {
    var driver: ExplorerDriver
    let channel: PresenterChannel

    init(_ role: PresenterSync.Role, directory: Directory, clock: Clock = Clock()) throws {
      var state = ViewFixture.state(80, 24)
      state.present("intro", quitsOnLeave: true, role: role)
      driver = ExplorerDriver(state: state, search: Fixture.search)
      channel = PresenterChannel(
        tourID: "intro", role: role, link: try PresenterLink(url: directory.socket), position: 1,
        now: { clock.instant })
      channel.exchange(&driver)
    }

    mutating func press(_ keys: Key...) {
      for key in keys { driver.press(key) }
      channel.reportMoves(driver.state)
    }

    var position: Int? { driver.state.presentation?.position }
    var text: String { driver.screen.text }
  }

  /// Lets both sides (or the one left) take in what the other sent, until neither hears anything more.
  static func settle(_ a: inout Screen, _ b: inout Screen?) {
    var quiet = 0
    for _ in 0..<200 where quiet < 3 {
      var heard = a.channel.exchange(&a.driver)
      if b != nil, b!.channel.exchange(&b!.driver) { heard = true }
      quiet = heard ? 0 : quiet + 1
      if !heard { usleep(5000) }
    }
  }

  static func settle(_ a: inout Screen, _ b: inout Screen) {
    var other: Screen? = b
    settle(&a, &other)
    b = other!
  }

  @Test func aPresenterStartedFirstWaitsThenBothMoveTogether() throws {
    let directory = try Directory()
    var presenter = try Screen(.presenter, directory: directory)
    #expect(presenter.text.contains("waiting for the projector: qomus present intro"))
    var projector = try Screen(.projector, directory: directory)
    Self.settle(&presenter, &projector)
    #expect(presenter.driver.state.presentation?.isLinked == true)
    #expect(presenter.text.contains("● projector connected"))
    let text = presenter.text
    #expect(text.contains("Point out the date slip."), "the note, without pressing n")
    #expect(text.contains("Next: Korean act"))
    #expect(text.contains("1/3 · 0:00"))
    #expect(!projector.text.contains("Point out the date slip."), "the projector keeps the note hidden")

    projector.press(.character(" "))
    Self.settle(&presenter, &projector)
    #expect(presenter.position == 2, "Space on the projector moves the presenter")
    presenter.press(.right)
    Self.settle(&presenter, &projector)
    #expect(projector.position == 3, "→ on the presenter moves the projector")
    #expect(presenter.text.contains("Next: the end of the tour"))
    presenter.press(.left)
    Self.settle(&presenter, &projector)
    #expect(projector.position == 2, "← too")
    projector.press(.home)
    Self.settle(&presenter, &projector)
    #expect(presenter.position == 1, "a jump too")
    presenter.press(.character("4"), .enter)
    Self.settle(&presenter, &projector)
    #expect(projector.position == 4, "a number and Enter on the presenter, to the end slide")
    #expect(projector.text.contains("3/3 ✓") && projector.text.contains("3 slides"))
    #expect(presenter.text.contains("3/3 ✓"))
    projector.press(.character("2"), .enter)
    Self.settle(&presenter, &projector)
    #expect(presenter.position == 2, "and on the projector")
  }

  @Test func eitherScreenCanBeClosedAndStartedAgainMidTalk() throws {
    let directory = try Directory()
    var projector: Screen? = try Screen(.projector, directory: directory)
    var presenter: Screen? = try Screen(.presenter, directory: directory)
    Self.settle(&projector!, &presenter)
    projector!.press(.end)
    Self.settle(&projector!, &presenter)
    #expect(presenter?.position == 3)

    // The presenter's screen goes away: the projector carries on alone, then a new one joins it on its slide.
    presenter = nil
    Self.settle(&projector!, &presenter)
    #expect(projector?.driver.state.presentation?.isLinked == false)
    #expect(projector?.position == 3)
    presenter = try Screen(.presenter, directory: directory)
    Self.settle(&projector!, &presenter)
    #expect(presenter?.position == 3, "a presenter started mid-talk joins the projector's slide")
    #expect(projector?.position == 3, "and does not send the audience back to 1")

    // Now the projector is closed and started again: it joins the presenter's slide.
    presenter!.press(.left)
    Self.settle(&presenter!, &projector)
    #expect(projector?.position == 2)
    projector = nil
    Self.settle(&presenter!, &projector)
    #expect(presenter?.driver.state.presentation?.isLinked == false)
    #expect(presenter?.text.contains("waiting for the projector") == true)
    projector = try Screen(.projector, directory: directory)
    Self.settle(&presenter!, &projector)
    #expect(projector?.position == 2)
    #expect(presenter?.position == 2)
  }

  @Test func thePresentersClockCountsFromThePairsMeetingAndTicksOnlyThere() throws {
    let directory = try Directory()
    let clock = Clock()
    var presenter = try Screen(.presenter, directory: directory, clock: clock)
    #expect(presenter.channel.timeout(showsClock: true) == -1, "no clock before the projector comes")
    clock.instant += .seconds(30)
    var projector = try Screen(.projector, directory: directory, clock: clock)
    Self.settle(&presenter, &projector)
    #expect(presenter.channel.timeout(showsClock: true) == 1000)
    clock.instant += .milliseconds(65_250)
    #expect(presenter.channel.timeout(showsClock: true) == 750, "wakes when the next second turns")
    #expect(presenter.channel.tick(&presenter.driver))
    #expect(presenter.text.contains("1/3 · 1:05"))
    #expect(!presenter.channel.tick(&presenter.driver), "the same second: nothing to draw")
    #expect(projector.channel.timeout(showsClock: false) == -1, "the projector never wakes on its own")
    clock.instant += .seconds(3600)
    presenter.channel.tick(&presenter.driver)
    #expect(presenter.text.contains("1/3 · 1:01:05"))
  }

  @Test func thePresentersKeysStayOnTheTalk() throws {
    var state = ViewFixture.state(80, 24)
    state.present("intro", quitsOnLeave: true, role: .presenter)
    var driver = ExplorerDriver(state: state, search: Fixture.search)
    driver.keys("nmotpQy")
    driver.press(.enter, .escape)
    #expect(driver.state.modes.count == 2, "no view or card opened over the talk")
    #expect(driver.state.presentation?.index == 0)
    #expect(driver.state.isRunning)
    let footer = driver.screen.text.split(separator: "\n").last.map(String.init) ?? ""
    #expect(!footer.contains("n note") && !footer.contains("⏎ card"), "no hint for keys that do nothing here")
    driver.keys("q")
    #expect(!driver.state.isRunning)
  }
}
