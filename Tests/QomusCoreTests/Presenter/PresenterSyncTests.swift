import Testing

@testable import QomusCore

/// Who follows whom when the presenter's screen and the projector meet, and what each move tells the other.
@Suite("Presenter sync")
struct PresenterSyncTests {
  /// The two `hello`s of a meeting, each side then handling the other's: the slides each moves to.
  static func meet(_ projector: inout PresenterSync, at p: Int, _ presenter: inout PresenterSync, at q: Int)
    -> (projector: Int?, presenter: Int?)
  {
    let fromProjector = projector.connected(position: p)!
    let fromPresenter = presenter.connected(position: q)!
    return (projector.received(fromPresenter, position: p), presenter.received(fromProjector, position: q))
  }

  @Test func aPresenterRestartedMidTalkFollowsTheProjector() {
    var projector = PresenterSync(role: .projector, position: 1)
    #expect(projector.moved(to: 5) == .goto(slide: 5))
    var presenter = PresenterSync(role: .presenter, position: 1)
    #expect(presenter.isFresh && !projector.isFresh)
    let moves = Self.meet(&projector, at: 5, &presenter, at: 1)
    #expect(moves.presenter == 5)
    #expect(moves.projector == nil, "the audience's slide does not jump back to 1")
  }

  @Test func aProjectorRestartedMidTalkFollowsThePresenter() {
    var presenter = PresenterSync(role: .presenter, position: 1)
    _ = presenter.moved(to: 4)
    var projector = PresenterSync(role: .projector, position: 1)
    let moves = Self.meet(&projector, at: 1, &presenter, at: 4)
    #expect(moves.projector == 4)
    #expect(moves.presenter == nil)
  }

  @Test func whenBothAreAlikeThePresenterFollows() {
    var projector = PresenterSync(role: .projector, position: 2)
    var presenter = PresenterSync(role: .presenter, position: 1)
    var moves = Self.meet(&projector, at: 2, &presenter, at: 1)
    #expect(moves.projector == nil && moves.presenter == 2, "both fresh")
    // Both have met before: a new meeting (a dropped link) again leaves the projector where it is.
    moves = Self.meet(&projector, at: 3, &presenter, at: 6)
    #expect(moves.projector == nil && moves.presenter == 3)
  }

  @Test func aMoveIsSentOnceAndAMoveReceivedIsNotEchoed() {
    var side = PresenterSync(role: .projector, position: 1)
    #expect(side.moved(to: 1) == nil, "the starting slide is no news")
    #expect(side.moved(to: 2) == .goto(slide: 2))
    #expect(side.moved(to: 2) == nil)
    #expect(side.received(.goto(slide: 7), position: 2) == 7)
    #expect(side.moved(to: 7) == nil, "the other side is already there")
    #expect(side.moved(to: 6) == .goto(slide: 6), "a slide the tour lacks is corrected")
    #expect(side.received(.next, position: 6) == 7)
    #expect(side.received(.prev, position: 1) == 1)
    #expect(side.moved(to: nil) == nil, "no slide on show: nothing to say")
  }
}
