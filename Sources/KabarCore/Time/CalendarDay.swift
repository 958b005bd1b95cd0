/// A day of the proleptic Gregorian calendar, as a count of days, so the tagger can add
/// days, find weekdays and ISO weeks without Foundation's calendars.
public struct CalendarDay: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01.
    public let number: Int

    public init(number: Int) { self.number = number }

    /// Nil when the numbers don't name a real day.
    init?(year: Int, month: Int, day: Int) {
        guard let date = ArticleDate(year: year, month: month, day: day) else { return nil }
        self.init(date)
    }

    init(_ date: ArticleDate) {
        number = Self.number(year: date.year, month: date.month, day: date.day)
    }

    /// The day number of a valid month and day in any year, also outside ArticleDate's
    /// 1...9999 (a week after 9999-12-31 is in the year 10000).
    private static func number(year: Int, month: Int, day: Int) -> Int {
        // Days from civil: count whole years from March 1 of year 0, so February is last.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Year, month and day.
    public var date: (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 1 = Monday … 7 = Sunday (ISO).
    public var weekday: Int {
        // 1970-01-01 was a Thursday.
        ((number % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// The ISO week-numbering year and week.
    var isoWeek: (year: Int, week: Int) {
        let thursday = CalendarDay(number: number - weekday + 4)
        let year = thursday.date.year
        return (year, (thursday.number - Self.number(year: year, month: 1, day: 1)) / 7 + 1)
    }

    func adding(days: Int) -> CalendarDay { CalendarDay(number: number + days) }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.number < rhs.number }

    /// The month `months` after (or before) the month of `year`/`month`.
    static func month(_ year: Int, _ month: Int, plus months: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + months
        return (index >= 0 ? index / 12 : (index - 11) / 12, ((index % 12) + 12) % 12 + 1)
    }
}
