/// Resolving relative expressions against the article's date (the anchor).
extension TemporalScan {
    enum Direction {
        /// The nearest on or before the anchor (news speaks of the past).
        case pastOrToday
        /// Strictly before ("Senin lalu").
        case past
        /// Strictly after ("Kamis depan", or "akan … Kamis").
        case future
        /// In the anchor's week ("Senin ini").
        case thisWeek
    }

    func day(offset: Int) -> Timex? {
        anchor.map { .day($0.adding(days: offset)) }
    }

    /// The day `offset` days after the last day the text named (or the anchor).
    func dayAfterLast(_ offset: Int) -> Timex? {
        (lastDay ?? anchor).map { .day($0.adding(days: offset)) }
    }

    func week(offset: Int, weekend: Bool = false) -> Timex? {
        guard let anchor else { return nil }
        let (year, week) = anchor.adding(days: 7 * offset).isoWeek
        return weekend ? .weekend(year: year, week: week) : .week(year: year, week: week)
    }

    func month(offset: Int) -> Timex? {
        guard let anchor else { return nil }
        let date = anchor.date
        let (year, month) = CalendarDay.month(date.year, date.month, plus: offset)
        return .month(year: year, month: month)
    }

    func year(offset: Int) -> Timex? {
        anchor.map { .year($0.date.year + offset) }
    }

    var anchorYear: Int? { anchor?.date.year }

    /// A weekday (1 = Monday) relative to the anchor.
    func weekday(_ target: Int, _ direction: Direction) -> Timex? {
        guard let anchor else { return nil }
        let current = anchor.weekday
        var offset: Int
        switch direction {
        case .pastOrToday: offset = -((current - target + 7) % 7)
        case .past:
            offset = -((current - target + 7) % 7)
            if offset == 0 { offset = -7 }
        case .future:
            offset = (target - current + 7) % 7
            if offset == 0 { offset = 7 }
        case .thisWeek: offset = target - current
        }
        return .day(anchor.adding(days: offset))
    }

    /// A named month relative to the anchor: the last one before it ("Desember lalu"), the
    /// next after it ("Maret mendatang"), or the one of the anchor's year.
    func namedMonth(_ month: Int, _ direction: Direction) -> Timex? {
        guard let anchor else { return nil }
        let date = anchor.date
        switch direction {
        case .past, .pastOrToday:
            return .month(year: month < date.month ? date.year : date.year - 1, month: month)
        case .future:
            return .month(year: month > date.month ? date.year : date.year + 1, month: month)
        case .thisWeek:
            return .month(year: date.year, month: month)
        }
    }

    /// The offset a modifier word gives a unit: lalu −1, ini 0, depan +1.
    static func offset(of modifier: String) -> Int? {
        switch modifier {
        case "lalu", "kemarin", "silam": return -1
        case "ini": return 0
        case "depan", "mendatang": return 1
        default: return nil
        }
    }
}
