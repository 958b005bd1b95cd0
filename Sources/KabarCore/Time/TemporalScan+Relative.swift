/// Expressions relative to the article's day or to the last day the text named: hari ini,
/// kemarin, besok, pekan lalu, tahun depan, tiga hari lalu, sehari setelahnya; and durations.
extension TemporalScan {
    /// hari ini, kemarin (lusa), besok, lusa, keesokan harinya, sehari setelahnya, tadi pagi,
    /// semalam, nanti malam.
    mutating func matchRelativeDay(at i: Int) -> Match? {
        let next = word(i + 1)
        switch word(i) {
        case "hari":
            if next == "ini" { return Match(end: i + 2, day(offset: 0), dayLevel: true) }
            if ["setelahnya", "berikutnya", "sesudahnya"].contains(next) { return Match(end: i + 2, dayAfterLast(1), dayLevel: true) }
            return nil
        case "kemarin":
            if next == "lusa" { return Match(end: i + 2, day(offset: -2), dayLevel: true) }
            if next == "dulu" { return nil }
            return Match(end: i + 1, day(offset: -1), dayLevel: true)
        case "besok", "esok":
            if next == "hari" || next == "harinya" { return Match(end: i + 2, day(offset: 1), dayLevel: true) }
            return Match(end: i + 1, day(offset: 1), dayLevel: true)
        case "lusa":
            return Match(end: i + 1, day(offset: 2), dayLevel: true)
        case "keesokan":
            guard next == "harinya" || next == "hari" else { return nil }
            return Match(end: i + 2, dayAfterLast(1))
        case "sehari":
            if ["setelahnya", "kemudian", "sesudahnya", "berikutnya"].contains(next) {
                return Match(end: i + 2, dayAfterLast(1))
            }
            if next == "sebelumnya" { return Match(end: i + 2, dayAfterLast(-1)) }
            return nil
        case "semalam":
            if next == "suntuk" { return nil }
            return Match(end: i + 1, day(offset: -1).flatMap { $0.day }.map { .partOfDay($0, "NI") }, type: .time)
        case "tadi", "nanti":
            guard let part = TimeWords.partsOfDay[next] else { return nil }
            if word(i) == "tadi", part == "NI" {
                return Match(end: i + 2, day(offset: -1).flatMap { $0.day }.map { .partOfDay($0, "NI") }, type: .time)
            }
            return Match(end: i + 2, anchor.map { .partOfDay($0, part) }, type: .time)
        default:
            return nil
        }
    }

    /// pekan lalu, minggu ini, bulan depan, tahun lalu, tahun yang lalu.
    func matchRelativeUnit(at i: Int) -> Match? {
        let unit = word(i)
        guard ["pekan", "minggu", "bulan", "tahun"].contains(unit) else { return nil }
        var j = i + 1
        if word(j) == "yang", word(j + 1) == "lalu" { j += 1 }
        guard let offset = TemporalScan.offset(of: word(j)) else { return nil }
        if word(j) == "silam" { return nil }
        switch unit {
        case "pekan", "minggu": return Match(end: j + 1, week(offset: offset))
        case "bulan": return Match(end: j + 1, month(offset: offset))
        default: return Match(end: j + 1, year(offset: offset))
        }
    }

    /// "tiga hari", "dua minggu terakhir", "lima tahun ke depan", "24 jam", "setahun",
    /// "bertahun-tahun" (durations); "tiga hari lalu", "dua tahun silam", "seminggu kemudian"
    /// (points).
    func matchCounted(at i: Int) -> Match? {
        var amount: Double?? = nil  // .some(nil): an unknown number (beberapa)
        var unitIndex = i + 1
        var oneWord: String?
        if let literal = TimeWords.oneWordDurations[word(i)] {
            oneWord = literal
            unitIndex = i
        } else if let parsed = self.amount(at: i) {
            amount = .some(parsed.value)
            unitIndex = parsed.end
        } else {
            return nil
        }
        // Ages are not durations: "berusia 45 tahun", "berusia minimal 7 tahun", "berusia 9
        // bulan hingga 15 tahun".
        if isAge(before: i) { return nil }
        let unitWord: String
        if oneWord != nil {
            unitWord = TemporalScan.unitOfOneWord(word(i))
        } else {
            unitWord = word(unitIndex)
            guard TimeWords.units[unitWord] != nil else { return nil }
            // "Nomor 7 Tahun 2023": a law's number and year.
            if unitWord == "tahun", yearNumber(unitIndex + 1) != nil { return nil }
            // "Minggu" with a capital after a number is still the unit ("dua Minggu" is rare).
        }
        guard let unit = TimeWords.units[unitWord] else { return nil }
        let after = oneWord != nil ? i + 1 : unitIndex + 1
        let count: Double? = oneWord != nil ? TemporalScan.count(of: oneWord!) : amount ?? nil
        // A point in time: "tiga hari lalu", "dua tahun yang lalu", "seminggu kemudian".
        var agoEnd: Int?
        if TimeWords.ago.contains(word(after)), word(after) != "sebelumnya" { agoEnd = after + 1 }
        if word(after) == "yang", word(after + 1) == "lalu" { agoEnd = after + 2 }
        if let agoEnd, !unit.clock, let n = count, n == n.rounded() {
            return Match(end: agoEnd, shifted(unit: unitWord, by: -Int(n), fromLast: false))
        }
        if (word(after) == "kemudian" || word(after) == "setelahnya" || word(after) == "lagi"), !unit.clock,
           let n = count, n == n.rounded() {
            return Match(end: after + 1, shifted(unit: unitWord, by: Int(n), fromLast: word(after) != "lagi"))
        }
        var end = after
        if ["terakhir", "belakangan", "mendatang"].contains(word(after)) { end = after + 1 }
        if word(after) == "ke", word(after + 1) == "depan" { end = after + 2 }
        if word(after) == "terakhir", word(after + 1) == "ini" { end = after + 2 }
        let value = oneWord ?? TemporalScan.duration(count, unit: unit)
        return Match(end: end, .literal(value), type: .duration)
    }

    /// Whether an age word ("berusia", "usia") comes just before, past only numbers, units
    /// and words such as "minimal" or "hingga".
    func isAge(before i: Int) -> Bool {
        var j = i - 1
        let between: Set<String> = ["minimal", "maksimal", "sekitar", "hingga", "sampai", "-", "–", "antara", "dan", "atau",
                                    "bulan", "tahun", "hari", "kurang", "lebih", "dari", "di", "atas", "bawah"]
        while j >= sentence.lowerBound, j > i - 7 {
            if TimeWords.ageWords.contains(words[j]) { return true }
            guard tokens[j].kind == .number || between.contains(words[j]) || TimeWords.numbers[words[j]] != nil else { return false }
            j -= 1
        }
        return false
    }

    /// A number before a unit: digits (3, 24, 1,5), words (tiga, dua belas, dua puluh lima,
    /// satu setengah), or an unknown number (beberapa, puluhan → nil value).
    func amount(at i: Int) -> (value: Double?, end: Int)? {
        let text = word(i)
        if sentence.contains(i), tokens[i].kind == .number {
            if let value = TemporalScan.digits(text) { return (Double(value), i + 1) }
            let parts = text.split(separator: ",")
            if parts.count == 2, let whole = TemporalScan.digits(parts[0]), let fraction = TemporalScan.digits(parts[1]), parts[1].count == 1 {
                return (Double(whole) + Double(fraction) / 10, i + 1)
            }
            return nil
        }
        if TimeWords.vague.contains(text) { return (nil, i + 1) }
        guard var value = TimeWords.numbers[text] else { return nil }
        var end = i + 1
        if word(end) == "belas", value < 10 { value += 10; end += 1 }
        else if word(end) == "puluh", value < 10 {
            value *= 10
            end += 1
            if let ones = TimeWords.numbers[word(end)], ones < 10 { value += ones; end += 1 }
        }
        if word(end) == "setengah", value >= 1 { value += 0.5; end += 1 }
        return (value, end)
    }

    /// The unit inside a one-word duration: "setahun" → tahun.
    static func unitOfOneWord(_ word: String) -> String {
        for unit in ["hari", "pekan", "minggu", "bulan", "tahun", "jam", "menit", "dekade", "windu", "abad"] where word.contains(unit) {
            return unit
        }
        return "hari"
    }

    /// The count of a one-word duration: 1, or nil for an unknown number (bertahun-tahun).
    static func count(of literal: String) -> Double? {
        literal.contains("X") ? nil : 1
    }

    /// P3D, P2W, PT24H, P1.5Y, P10Y (dekade), PT30M (setengah jam), PXY (beberapa tahun).
    static func duration(_ count: Double?, unit: (letter: String, clock: Bool, factor: Int)) -> String {
        let prefix = unit.clock ? "PT" : "P"
        guard let count else { return prefix + "X" + unit.letter }
        var n = count * Double(unit.factor)
        var letter = unit.letter
        // Halves in whole smaller units: setengah jam = PT30M, setengah tahun = P6M.
        if n != n.rounded() {
            switch letter {
            case "H" where unit.clock: n *= 60; letter = "M"
            case "Y" where n < 1: n *= 12; letter = "M"
            case "D" where n < 1: return "PT\(Int(n * 24))H"
            default: break
            }
        }
        let number = n == n.rounded() ? String(Int(n)) : String(n)
        return prefix + number + letter
    }

    /// The point `n` units away from the anchor (or from the last day named).
    func shifted(unit: String, by n: Int, fromLast: Bool) -> Timex? {
        let base = fromLast ? (lastDay ?? anchor) : anchor
        guard let base else { return nil }
        switch unit {
        case "hari": return .day(base.adding(days: n))
        case "pekan", "minggu":
            let (year, week) = base.adding(days: 7 * n).isoWeek
            return .week(year: year, week: week)
        case "bulan":
            let date = base.date
            let (year, month) = CalendarDay.month(date.year, date.month, plus: n)
            return .month(year: year, month: month)
        case "tahun": return .year(base.date.year + n)
        case "dekade", "dasawarsa": return .year(base.date.year + 10 * n)
        default: return nil
        }
    }
}
