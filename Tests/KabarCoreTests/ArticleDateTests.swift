import Testing
@testable import KabarCore

@Suite("ArticleDate")
struct ArticleDateTests {
    @Test("valid dates", arguments: [
        (2025, 1, 28), (2024, 2, 29), (2000, 2, 29), (2025, 12, 31), (1, 1, 1), (9999, 12, 31),
        (2025, 4, 30),
    ])
    func valid(year: Int, month: Int, day: Int) throws {
        let date = try #require(ArticleDate(year: year, month: month, day: day))
        #expect(date.year == year && date.month == month && date.day == day)
    }

    @Test("impossible dates", arguments: [
        (2025, 2, 29), (1900, 2, 29), (2025, 2, 30), (2025, 4, 31), (2025, 13, 1), (2025, 0, 10),
        (2025, 1, 0), (2025, 1, 32), (0, 1, 1), (10000, 1, 1), (-5, 1, 1),
    ])
    func invalid(year: Int, month: Int, day: Int) {
        #expect(ArticleDate(year: year, month: month, day: day) == nil)
    }

    @Test("ISO parsing", arguments: [
        ("2025-01-28", "2025-01-28"),
        ("2024-02-29", "2024-02-29"),
        ("0999-03-04", "0999-03-04"),
    ])
    func iso(text: String, expected: String) throws {
        let date = try #require(ArticleDate(iso: text))
        #expect(date.description == expected)
    }

    @Test("ISO rejects", arguments: [
        "2025-02-30", "2025/01/28", "28-01-2025", "2025-1-28", "2025-01-28 ", " 2025-01-28",
        "2025-01-28T10:00", "kemarin", "", "２０２５-01-28", "+025-01-28", "2025-0a-28",
    ])
    func isoRejects(text: String) {
        #expect(ArticleDate(iso: text) == nil)
    }

    @Test func descriptionPadsWithZeros() {
        #expect(ArticleDate(year: 7, month: 3, day: 9)?.description == "0007-03-09")
    }

    @Test func ordering() throws {
        let a = try #require(ArticleDate(iso: "2024-12-31"))
        let b = try #require(ArticleDate(iso: "2025-01-01"))
        let c = try #require(ArticleDate(iso: "2025-01-28"))
        #expect(a < b && b < c)
        #expect([c, a, b].sorted() == [a, b, c])
        #expect(ArticleDate(iso: "2025-01-28") == c)
    }

    @Test func leapYears() {
        #expect(ArticleDate.isLeapYear(2024))
        #expect(ArticleDate.isLeapYear(2000))
        #expect(!ArticleDate.isLeapYear(1900))
        #expect(!ArticleDate.isLeapYear(2025))
    }
}
