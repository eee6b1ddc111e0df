import Foundation
import Testing

@testable import QomusCore

@Suite("User data location")
struct UserDataLocationTests {
  let home = URL(fileURLWithPath: "/home/student")

  @Test func theFlagWinsThenQOMUSDATAThenXDGThenHome() {
    let all = ["QOMUS_DATA": "/env/data", "XDG_DATA_HOME": "/xdg", "HOME": "/home/h"]
    #expect(
      UserDataLocation.directory(explicit: "/flag", environment: all, home: home).path == "/flag")
    #expect(
      UserDataLocation.directory(explicit: nil, environment: all, home: home).path == "/env/data")
    var environment = all
    environment["QOMUS_DATA"] = nil
    #expect(
      UserDataLocation.directory(explicit: nil, environment: environment, home: home).path
        == "/xdg/qomus")
    environment["XDG_DATA_HOME"] = nil
    #expect(
      UserDataLocation.directory(explicit: nil, environment: environment, home: home).path
        == "/home/h/.local/share/qomus")
    #expect(
      UserDataLocation.directory(explicit: nil, environment: [:], home: home).path
        == "/home/student/.local/share/qomus")
  }

  @Test func aRelativeXDGDataHomeIsIgnoredAsTheSpecSays() {
    let environment = ["XDG_DATA_HOME": "relative/dir", "HOME": "/home/h"]
    #expect(
      UserDataLocation.directory(explicit: nil, environment: environment, home: home).path
        == "/home/h/.local/share/qomus")
  }
}
