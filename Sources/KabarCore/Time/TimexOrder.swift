/// Where a TIMEX3 value starts on the calendar, for ordering the timeline: 2025 and 2025-Q1
/// start on 2025-01-01, 2025-W13 on its Monday, 198X in 1980, 2025-01-15TNI in the evening.
/// Durations (P3D) and repeating times (XXXX-WXX-1) are not points and have no start.
public enum TimexOrder {
    /// Year, month, day and minute of the day, and how long the period is in days (a longer
    /// period sorts before a shorter one starting on the same day).
    public struct Start: Comparable, Hashable, Sendable {
        public var year: Int, month: Int, day: Int, minute: Int
        public var span: Int

        public static func < (a: Start, b: Start) -> Bool {
            (a.year, a.month, a.day, a.minute, -a.span) < (b.year, b.month, b.day, b.minute, -b.span)
        }
    }

    public static func start(of value: String) -> Start? {
        let bytes = Array(value.utf8)
        guard bytes.count >= 4 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, !range.isEmpty else { return nil }
            var n = 0
            for b in bytes[range] {
                guard b >= 48, b <= 57 else { return nil }
                n = n * 10 + Int(b - 48)
            }
            return n
        }
        // Decades and centuries: 198X, 19XX.
        if bytes.count == 4, bytes[3] == UInt8(ascii: "X") {
            if let decade = number(0..<3) { return Start(year: decade * 10, month: 1, day: 1, minute: 0, span: 3652) }
            if let century = number(0..<2), bytes[2] == UInt8(ascii: "X") {
                return Start(year: century * 100, month: 1, day: 1, minute: 0, span: 36524)
            }
            return nil
        }
        guard let year = number(0..<4) else { return nil }
        if bytes.count == 4 { return Start(year: year, month: 1, day: 1, minute: 0, span: 365) }
        guard bytes[4] == UInt8(ascii: "-"), bytes.count >= 7 else { return nil }
        switch bytes[5] {
        case UInt8(ascii: "Q"):
            guard let q = number(6..<7), (1...4).contains(q) else { return nil }
            return Start(year: year, month: (q - 1) * 3 + 1, day: 1, minute: 0, span: 91)
        case UInt8(ascii: "H"):
            guard let h = number(6..<7), (1...2).contains(h) else { return nil }
            return Start(year: year, month: h == 1 ? 1 : 7, day: 1, minute: 0, span: 182)
        case UInt8(ascii: "W"):
            guard let week = number(6..<8), let jan4 = CalendarDay(year: year, month: 1, day: 4) else { return nil }
            let monday = jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
            let weekend = value.hasSuffix("-WE")
            let first = weekend ? monday.adding(days: 5) : monday
            let (y, m, d) = first.date
            return Start(year: y, month: m, day: d, minute: 0, span: weekend ? 2 : 7)
        default:
            guard let month = number(5..<7), (1...12).contains(month) else { return nil }
            if bytes.count == 7 { return Start(year: year, month: month, day: 1, minute: 0, span: 30) }
            guard bytes.count >= 10, bytes[7] == UInt8(ascii: "-"), let day = number(8..<10) else { return nil }
            var minute = 0
            if bytes.count > 11, bytes[10] == UInt8(ascii: "T") {
                if let hour = number(11..<13), bytes.count >= 16, let minutes = number(14..<16) {
                    minute = hour * 60 + minutes
                } else {
                    let parts: [String: Int] = ["MO": 6, "MI": 12, "AF": 15, "EV": 18, "NI": 21]
                    minute = (parts[String(decoding: bytes[11...], as: UTF8.self)] ?? 0) * 60
                }
                return Start(year: year, month: month, day: day, minute: minute, span: 0)
            }
            return Start(year: year, month: month, day: day, minute: 0, span: 1)
        }
    }
}
