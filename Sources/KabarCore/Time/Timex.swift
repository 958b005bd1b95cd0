/// A resolved time value, before it is written in TIMEX3 form.
enum Timex: Hashable {
    case day(CalendarDay)
    case month(year: Int, month: Int)
    case year(Int)
    /// The first three digits of the decade's years: 198 for the 1980s.
    case decade(Int)
    case week(year: Int, week: Int)
    case weekend(year: Int, week: Int)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    /// MO, MI, AF, EV or NI.
    case partOfDay(CalendarDay, String)
    case clock(CalendarDay, hour: Int, minute: Int)
    /// Already in TIMEX3 form: durations (P3D) and sets (XXXX-WXX-1).
    case literal(String)

    var type: TimeType {
        switch self {
        case .partOfDay, .clock: return .time
        default: return .date
        }
    }

    /// The TIMEX3 value.
    var value: String {
        switch self {
        case .day(let day):
            let (y, m, d) = day.date
            return "\(Timex.pad(y, 4))-\(Timex.pad(m, 2))-\(Timex.pad(d, 2))"
        case .month(let year, let month): return "\(Timex.pad(year, 4))-\(Timex.pad(month, 2))"
        case .year(let year): return Timex.pad(year, 4)
        case .decade(let prefix): return "\(Timex.pad(prefix, 3))X"
        case .week(let year, let week): return "\(Timex.pad(year, 4))-W\(Timex.pad(week, 2))"
        case .weekend(let year, let week): return "\(Timex.pad(year, 4))-W\(Timex.pad(week, 2))-WE"
        case .quarter(let year, let quarter): return "\(Timex.pad(year, 4))-Q\(quarter)"
        case .half(let year, let half): return "\(Timex.pad(year, 4))-H\(half)"
        case .partOfDay(let day, let part): return Timex.day(day).value + "T" + part
        case .clock(let day, let hour, let minute): return Timex.day(day).value + "T\(Timex.pad(hour, 2)):\(Timex.pad(minute, 2))"
        case .literal(let text): return text
        }
    }

    /// The day this value is, when it is one day (for "sehari setelahnya").
    var day: CalendarDay? {
        switch self {
        case .day(let day), .partOfDay(let day, _), .clock(let day, _, _): return day
        default: return nil
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
