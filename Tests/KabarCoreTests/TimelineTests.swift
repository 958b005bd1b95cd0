@testable import KabarCore
import Testing

/// The calendar under the tagger, the order of timeline values, and timeline events built
/// from articles.
@Suite struct TimelineTests {
    static func article(_ id: String, date: ArticleDate?, _ text: String) -> AnalyzedArticle {
        AnalyzedArticle(Article(id: id, path: "/tmp/\(id).md", title: "Judul", source: nil, date: date, language: "id",
                                url: nil, author: nil, tags: [], extra: [:],
                                blocks: [Block(kind: .paragraph, text: text, start: 0, end: 0)]))
    }

    @Test(arguments: [
        // (year, month, day) → ISO weekday and ISO week-year/week.
        ((2025, 1, 15), 3, 2025, 3),
        ((2021, 1, 3), 7, 2020, 53),
        ((2024, 12, 30), 1, 2025, 1),
        ((2026, 11, 30), 1, 2026, 49),
        ((2000, 2, 29), 2, 2000, 9),
    ])
    func weekdaysAndISOWeeks(_ day: (Int, Int, Int), _ weekday: Int, _ weekYear: Int, _ week: Int) throws {
        let date = try #require(CalendarDay(year: day.0, month: day.1, day: day.2))
        #expect(date.weekday == weekday)
        #expect(date.isoWeek.year == weekYear)
        #expect(date.isoWeek.week == week)
        let back = date.date
        #expect(back.year == day.0 && back.month == day.1 && back.day == day.2)
    }

    @Test func relativeDaysCrossLeapDaysAndYears() {
        let tagger = TemporalTagger()
        #expect(tagger.expressions(in: "Hujan turun kemarin.", anchor: ArticleDate(year: 2024, month: 3, day: 1)).map(\.value) == ["2024-02-29"])
        #expect(tagger.expressions(in: "Harga naik pekan lalu.", anchor: ArticleDate(year: 2021, month: 1, day: 6)).map(\.value) == ["2020-W53"])
        #expect(tagger.expressions(in: "Ekspor turun bulan lalu.", anchor: ArticleDate(year: 2025, month: 1, day: 31)).map(\.value) == ["2024-12"])
    }

    @Test(arguments: [
        ("2025-W13", 2025, 3, 24, 0),
        ("2025-W13-WE", 2025, 3, 29, 0),
        ("2025-Q3", 2025, 7, 1, 0),
        ("2025-H2", 2025, 7, 1, 0),
        ("198X", 1980, 1, 1, 0),
        ("2025-01-15TNI", 2025, 1, 15, 21 * 60),
        ("2024-11-02T21:47", 2024, 11, 2, 21 * 60 + 47),
        ("2025-02", 2025, 2, 1, 0),
    ])
    func timexValuesStartOnTheCalendar(_ value: String, _ year: Int, _ month: Int, _ day: Int, _ minute: Int) throws {
        let start = try #require(TimexOrder.start(of: value))
        #expect([start.year, start.month, start.day, start.minute] == [year, month, day, minute])
    }

    @Test func durationsAndRepeatsHaveNoStart() {
        for value in ["P3D", "PT24H", "XXXX-WXX-1", "P1Y", "bogus", "2025-13", ""] {
            #expect(TimexOrder.start(of: value) == nil, "\(value)")
        }
    }

    @Test func aPeriodSortsBeforeTheDaysItStartsWith() throws {
        let year = try #require(TimexOrder.start(of: "2025"))
        let quarter = try #require(TimexOrder.start(of: "2025-Q1"))
        let month = try #require(TimexOrder.start(of: "2025-01"))
        let day = try #require(TimexOrder.start(of: "2025-01-01"))
        #expect(year < quarter && quarter < month && month < day)
    }

    @Test func eventsAreInCalendarOrderThenDurationsThenUnresolved() {
        let dated = Self.article("a", date: ArticleDate(year: 2025, month: 1, day: 15),
                                 "Banjir datang kemarin. Pada 2024 banjir serupa terjadi. Pengungsian dibuka selama tiga hari.")
        let undated = Self.article("b", date: nil, "Hujan turun kemarin. Gempa besar terjadi pada 28 September 2018.")
        let events = TimelineIndex().events(of: [dated, undated])
        #expect(events.map(\.expression.value) == ["2018-09-28", "2024", "2025-01-14", "P3D", nil])
        #expect(events.map(\.article) == ["b", "a", "a", "a", "b"])
        #expect(events.last?.expression.text == "kemarin")
    }

    @Test func eachEventCarriesItsSentenceAndTheEntitiesNamedThere() throws {
        let article = Self.article("c", date: ArticleDate(year: 2025, month: 1, day: 15),
                                   "Warga mengungsi. Menteri Keuangan Sri Mulyani tiba di Jakarta kemarin.")
        let entities = EntityIndex().entities(of: [article])
        let event = try #require(TimelineIndex().events(of: [article], entities: entities).first)
        #expect(event.sentence == "Menteri Keuangan Sri Mulyani tiba di Jakarta kemarin.")
        #expect(event.entities == ["Sri Mulyani", "Jakarta"])
        #expect(event.field == .body)
        #expect(event.sentenceStart == 17)
    }

    @Test func theTitleIsTaggedWithTheArticlesDate() throws {
        let article = AnalyzedArticle(Article(id: "d", path: "/tmp/d.md", title: "Gempa Guncang Lombok Sabtu Malam", source: nil,
                                              date: ArticleDate(year: 2024, month: 11, day: 4), language: "id", url: nil,
                                              author: nil, tags: [], extra: [:], blocks: []))
        let event = try #require(TimelineIndex().events(of: [article]).first)
        #expect(event.field == .title)
        #expect(event.expression.text == "Sabtu Malam")
        #expect(event.expression.value == "2024-11-02TNI")
    }
}
