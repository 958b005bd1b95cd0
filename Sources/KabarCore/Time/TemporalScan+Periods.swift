/// Parts of periods (awal 2025, akhir bulan ini, akhir pekan), quarters and halves, and
/// repeating times (setiap hari, tiap Senin, per tahun).
extension TemporalScan {
    /// awal / pertengahan / akhir + bulan, tahun, pekan, a month or a year.
    func matchPeriodPart(at i: Int) -> Match? {
        guard ["awal", "pertengahan", "akhir", "medio", "penghujung", "permulaan"].contains(word(i)) else { return nil }
        let j = i + 1
        switch word(j) {
        case "pekan", "minggu":
            let weekend = word(i) == "akhir"
            if let offset = TemporalScan.offset(of: word(j + 1)) { return Match(end: j + 2, week(offset: offset, weekend: weekend)) }
            return Match(end: j + 1, week(offset: 0, weekend: weekend))
        case "bulan":
            if let offset = TemporalScan.offset(of: word(j + 1)) { return Match(end: j + 2, month(offset: offset)) }
            if let monthMatch = matchMonth(at: j) { return Match(end: monthMatch.end, monthMatch.value) }
            return Match(end: j + 1, month(offset: 0))
        case "tahun":
            if let offset = TemporalScan.offset(of: word(j + 1)) { return Match(end: j + 2, year(offset: offset)) }
            if word(j + 1) == "yang", word(j + 2) == "lalu" { return Match(end: j + 3, year(offset: -1)) }
            if let year = yearNumber(j + 1) { return Match(end: j + 2, .year(year)) }
            if let decade = decade(j + 1, short: true) { return Match(end: j + 2, decade) }
            return Match(end: j + 1, year(offset: 0))
        default:
            if let year = yearNumber(j) { return Match(end: j + 1, .year(year)) }
            if let decade = decade(j, short: true) { return Match(end: j + 1, decade) }
            if let monthMatch = matchMonthAfterPart(at: j) { return monthMatch }
            return nil
        }
    }

    /// "awal Maret", "akhir Januari 2025", "pertengahan Desember lalu".
    func matchMonthAfterPart(at j: Int) -> Match? {
        guard let month = TimeWords.months[word(j)] else { return nil }
        if let year = yearNumber(j + 1) { return Match(end: j + 2, .month(year: year, month: month)) }
        switch word(j + 1) {
        case "lalu", "kemarin": return Match(end: j + 2, namedMonth(month, .past))
        case "depan", "mendatang": return Match(end: j + 2, namedMonth(month, .future))
        case "ini": return Match(end: j + 2, namedMonth(month, .thisWeek))
        default: return Match(end: j + 1, namedMonth(month, .thisWeek))
        }
    }

    /// kuartal III 2025, kuartal III/2025, triwulan kedua, kuartal lalu, semester I 2025,
    /// paruh kedua tahun ini.
    func matchQuarterOrHalf(at i: Int) -> Match? {
        let head = word(i)
        let isQuarter = head == "kuartal" || head == "triwulan"
        guard isQuarter || head == "semester" || head == "paruh" else { return nil }
        var j = i + 1
        var ordinal: Int?
        var glued: Int?  // "III-2025"
        let text = word(j)
        if let value = TimeWords.ordinals[text] {
            ordinal = value
            j += 1
        } else if let dash = text.firstIndex(where: { $0 == "-" || $0 == "/" }), let value = TimeWords.ordinals[String(text[..<dash])],
                  let year = TemporalScan.digits(text[text.index(after: dash)...]), (1800...2199).contains(year) {
            ordinal = value
            glued = year
            j += 1
        }
        let limit = isQuarter ? 4 : 2
        func value(_ year: Int?, _ n: Int) -> Timex? {
            guard let year else { return nil }
            return isQuarter ? .quarter(year: year, quarter: n) : .half(year: year, half: n)
        }
        guard let n = ordinal else {
            // "kuartal lalu", "kuartal ini": relative to the anchor's quarter.
            guard isQuarter, let offset = TemporalScan.offset(of: word(j)), let anchor else {
                return isQuarter && TemporalScan.offset(of: word(j)) != nil ? Match(end: j + 1, nil) : nil
            }
            let date = anchor.date
            let (year, month) = CalendarDay.month(date.year, date.month, plus: 3 * offset)
            return Match(end: j + 1, .quarter(year: year, quarter: (month - 1) / 3 + 1))
        }
        guard n <= limit else { return nil }
        if let glued { return Match(end: j, value(glued, n)) }
        if head == "paruh", word(j) == "tahun", TemporalScan.offset(of: word(j + 1)) == nil, yearNumber(j + 1) == nil {
            return Match(end: j + 1, value(anchorYear, n))
        }
        if word(j) == "/" || word(j) == "-", let year = yearNumber(j + 1) { return Match(end: j + 2, value(year, n)) }
        if let year = yearNumber(j) { return Match(end: j + 1, value(year, n)) }
        if word(j) == "tahun" {
            if let year = yearNumber(j + 1) { return Match(end: j + 2, value(year, n)) }
            if let offset = TemporalScan.offset(of: word(j + 1)) { return Match(end: j + 2, value(anchorYear.map { $0 + offset }, n)) }
        }
        if let offset = TemporalScan.offset(of: word(j)), offset != 1 || word(j) == "depan" {
            // "kuartal III tahun lalu" is above; "kuartal II lalu" is this year's, already past.
            return Match(end: j + 1, value(anchorYear.map { offset == 1 ? $0 + 1 : $0 }, n))
        }
        return Match(end: j, value(anchorYear, n))
    }

    /// setiap hari, tiap pekan, setiap bulan, setiap tahun, setiap Senin, setiap hari Minggu,
    /// setiap pagi, setiap dua minggu, per tahun.
    func matchSet(at i: Int) -> Match? {
        let head = word(i)
        if head == "per" {
            let unit = word(i + 1)
            guard let spec = TimeWords.units[unit], integer(i + 2) == nil, !isCapitalised(i + 1) else { return nil }
            return Match(end: i + 2, .literal(TemporalScan.duration(1, unit: spec)), type: .set)
        }
        guard ["setiap", "tiap", "saban", "tiap-tiap"].contains(head) else { return nil }
        var j = i + 1
        if word(j) == "hari", let day = TimeWords.weekdays[word(j + 1)] {
            return Match(end: j + 2, .literal("XXXX-WXX-\(day)"), type: .set)
        }
        if let day = TimeWords.weekdays[word(j)], word(j) != "minggu" || isCapitalised(j) {
            return Match(end: j + 1, .literal("XXXX-WXX-\(day)"), type: .set)
        }
        if let part = TimeWords.partsOfDay[word(j)] {
            return Match(end: j + 1, .literal("XXXX-XX-XXT\(part)"), type: .set)
        }
        var count: Double? = 1
        if let parsed = amount(at: j), parsed.value != nil {
            count = parsed.value
            j = parsed.end
        }
        var unitWord = word(j)
        if unitWord.hasSuffix("nya"), TimeWords.units[String(unitWord.dropLast(3))] != nil { unitWord = String(unitWord.dropLast(3)) }
        guard let unit = TimeWords.units[unitWord] else { return nil }
        return Match(end: j + 1, .literal(TemporalScan.duration(count, unit: unit)), type: .set)
    }
}
