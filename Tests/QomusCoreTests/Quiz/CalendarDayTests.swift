import Foundation
import Testing

@testable import QomusCore

@Suite("Calendar day")
struct CalendarDayTests {
  @Test func daysCountAcrossMonthsLeapYearsAndTheEpoch() throws {
    #expect(CalendarDay(ordinal: 0).description == "1970-01-01")
    let day = try #require(CalendarDay(iso: "2024-02-28"))
    #expect(day.adding(days: 1).description == "2024-02-29")
    #expect(day.adding(days: 2).description == "2024-03-01")
    #expect(try #require(CalendarDay(iso: "2025-01-01")).days(since: day) == 308)
    #expect(CalendarDay(ordinal: 20_148).description == "2025-03-01", "1 740 787 200 s / 86 400")
    #expect(CalendarDay(iso: "2025-02-29") == nil)
    #expect(CalendarDay(iso: "2025-3-01") == nil)
  }

  @Test func aDateFallsOnTheDayOfItsTimeZone() throws {
    let date = Date(timeIntervalSince1970: 1_740_871_800)  // 2025-03-01 23:30 UTC
    var tashkent = Calendar(identifier: .gregorian)
    tashkent.timeZone = try #require(TimeZone(identifier: "Asia/Tashkent"))
    var utc = Calendar(identifier: .gregorian)
    utc.timeZone = try #require(TimeZone(identifier: "UTC"))
    #expect(CalendarDay(date, in: utc).description == "2025-03-01")
    #expect(CalendarDay(date, in: tashkent).description == "2025-03-02", "UTC+5")
  }

  @Test func itEncodesAsAnISODate() throws {
    let data = try JSONEncoder().encode([CalendarDay(iso: "2025-03-16")])
    #expect(String(decoding: data, as: UTF8.self) == #"["2025-03-16"]"#)
    #expect(try JSONDecoder().decode([CalendarDay].self, from: data) == [CalendarDay(iso: "2025-03-16")])
  }
}
