import Foundation
import Testing

@testable import QomusCore

@Suite("Cache location")
struct CacheLocationTests {
  let home = URL(fileURLWithPath: "/home/fallback")

  @Test func anAbsoluteXDGCacheHomeWins() {
    #expect(
      CacheLocation.directory(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/u"], home: home)
        .path == "/x/cache/qomus")
  }

  @Test(arguments: ["rel", "./cache", "", "~/cache"])
  func aRelativeOrEmptyXDGCacheHomeIsIgnored(value: String) {
    #expect(
      CacheLocation.directory(environment: ["XDG_CACHE_HOME": value, "HOME": "/home/u"], home: home).path
        == "/home/u/.cache/qomus")
  }

  @Test func withoutHOMETheUsersHomeIsUsed() {
    #expect(CacheLocation.directory(environment: [:], home: home).path == "/home/fallback/.cache/qomus")
    #expect(CacheLocation.directory(environment: ["HOME": ""], home: home).path == "/home/fallback/.cache/qomus")
  }
}
