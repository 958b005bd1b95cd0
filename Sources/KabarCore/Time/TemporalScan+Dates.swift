/// Calendar dates: weekdays, full dates, datelines, months, years and decades.
extension TemporalScan {
    /// "Rabu (15/1/2025)", "hari Senin", "Selasa, 25 Maret 2025", "Kamis depan".
    mutating func matchWeekday(at i: Int) -> Match? {
        let hari = word(i) == "hari"
        let d = hari ? i + 1 : i
        guard let target = TimeWords.weekdays[word(d)] else { return nil }
        if target == 7, word(d) == "minggu", !isSunday(d, afterHari: hari) { return nil }
        // Part of a name: "Kelurahan Pasar Minggu", "Jalan Sabtu".
        if !hari, !titleCase, d > sentence.lowerBound, isCapitalised(d - 1), !isSentenceInitial(d - 1),
           tokens[d - 1].kind == .word, TimeWords.weekdays[word(d - 1)] == nil {
            return nil
        }
        var j = d + 1
        if let dateline = dateline(at: j) {
            return Match(end: dateline.end, dateline.value)
        }
        if word(j) == ",", let date = matchDate(at: j + 1) { return date }
        if let date = matchDate(at: j), date.value != nil || integer(j) != nil { return date }
        var direction: Direction = .pastOrToday
        switch word(j) {
        case "lalu", "kemarin": direction = .past; j += 1
        case "depan", "mendatang", "nanti": direction = .future; j += 1
        case "ini": direction = .thisWeek; j += 1
        default:
            let partEnd = TimeWords.partsOfDay[word(j)] != nil ? j + 1 : j
            if future(before: i, after: partEnd) { direction = .future }
        }
        return Match(end: j, weekday(target, direction), dayLevel: true)
    }

    /// Minggu is Sunday when it names a day: after "hari", before a date or a part of the day,
    /// or with a capital in mid-sentence. "minggu lalu" and a sentence-initial "Minggu lalu,"
    /// are weeks.
    func isSunday(_ i: Int, afterHari: Bool) -> Bool {
        if afterHari { return true }
        let next = word(i + 1)
        if next == "(" || TimeWords.partsOfDay[next] != nil || next == "dini" || integer(i + 1) != nil { return true }
        if next == ",", integer(i + 2) != nil { return true }
        guard isCapitalised(i) else { return false }
        if ["lalu", "ini", "depan", "kemarin", "mendatang", "terakhir", "pertama", "kedua", "ketiga", "keempat"].contains(next) {
            return !isSentenceInitial(i)
        }
        // A capitalised Minggu with no week word after it names the day.
        return true
    }

    /// "(15/1/2025)" or "(15/1)" right at `i`: the date and the token after ")".
    func dateline(at i: Int) -> (end: Int, value: Timex?)? {
        guard word(i) == "(", word(i + 2) == ")", let parsed = slashDate(word(i + 1)) else { return nil }
        return (i + 3, parsed)
    }

    /// "15/1/2025" (day/month/year) or "15/1" (the anchor's year). Nil when not a real date.
    func slashDate(_ text: String) -> Timex?? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count <= 2, parts[1].count <= 2,
              let day = TemporalScan.digits(parts[0]), let month = TemporalScan.digits(parts[1]) else { return nil }
        var year: Int?
        if parts.count == 3 {
            guard let written = TemporalScan.digits(parts[2]), parts[2].count == 4 || parts[2].count == 2 else { return nil }
            year = parts[2].count == 2 ? 2000 + written : written
        } else {
            year = anchorYear
        }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        guard let year else { return .some(nil) }
        guard let date = CalendarDay(year: year, month: month, day: day) else { return nil }
        return .some(.day(date))
    }

    /// "28 September 2018", "tanggal 17 Agustus", "25 Maret", "2025-01-15", "15/1/2025".
    func matchDate(at i: Int) -> Match? {
        let j = ["tanggal", "tgl", "tgl."].contains(word(i)) ? i + 1 : i
        if let day = integer(j), words[j].utf8.count <= 2, (1...31).contains(day) {
            let monthWord = word(j + 1)
            var month = TimeWords.months[monthWord]
            if month == nil, let short = TimeWords.monthAbbreviations[monthWord.replacingOccurrences(of: ".", with: "")],
               yearNumber(j + 2) != nil {
                month = short
            }
            guard let month else { return nil }
            if let year = yearNumber(j + 2) {
                guard let date = CalendarDay(year: year, month: month, day: day) else { return nil }
                return Match(end: j + 3, .day(date))
            }
            guard let year = anchorYear else { return Match(end: j + 2, nil) }
            guard let date = CalendarDay(year: year, month: month, day: day) else { return nil }
            return Match(end: j + 2, .day(date))
        }
        guard sentence.contains(j), tokens[j].kind == .number else { return nil }
        if let iso = ArticleDate(iso: words[j]) { return Match(end: j + 1, .day(CalendarDay(iso))) }
        // A slash date: in parentheses (a dateline), or with a four-digit year.
        let inParentheses = word(j - 1) == "(" && word(j + 1) == ")"
        let parts = words[j].split(separator: "/")
        if inParentheses || (parts.count == 3 && parts[2].count == 4), let parsed = slashDate(words[j]) {
            return Match(end: j + 1, parsed)
        }
        return nil
    }

    /// "Januari 2025", "bulan Maret", "Desember lalu", "pada Maret".
    func matchMonth(at i: Int) -> Match? {
        let bulan = word(i) == "bulan"
        let m = bulan ? i + 1 : i
        let name = word(m)
        if let short = TimeWords.monthAbbreviations[name], TimeWords.months[name] == nil {
            guard let year = yearNumber(m + 1) else { return nil }
            return Match(end: m + 2, .month(year: year, month: short))
        }
        guard let month = TimeWords.months[name] else { return nil }
        // Mei and Agustus are also names: a month needs a capital, and context.
        if let year = yearNumber(m + 1) { return Match(end: m + 2, .month(year: year, month: month)) }
        if word(m + 1) == "tahun", let year = yearNumber(m + 2) { return Match(end: m + 3, .month(year: year, month: month)) }
        switch word(m + 1) {
        case "lalu", "kemarin": return Match(end: m + 2, namedMonth(month, .past))
        case "depan", "mendatang", "nanti": return Match(end: m + 2, namedMonth(month, .future))
        case "ini": return Match(end: m + 2, namedMonth(month, .thisWeek))
        default: break
        }
        // A bare month: after "bulan" or a preposition, or capitalised on its own (not inside
        // a name such as "Mei Lestari" or "Jalan Agustus").
        let alone = isCapitalised(m) && !isCapitalised(m + 1) && !(isCapitalised(m - 1) && !isSentenceInitial(m - 1))
        guard bulan || TimeWords.yearCues.contains(word(i - 1)) || alone else { return nil }
        return Match(end: m + 1, namedMonth(month, .thisWeek))
    }

    /// "tahun 2023", "sejak 2014", "1980-an", "tahun 90-an". Law numbers ("Nomor 7 Tahun
    /// 2023") are not times.
    func matchYear(at i: Int) -> Match? {
        if word(i) == "tahun" {
            if integer(i - 1) != nil, ["nomor", "no", "no.", "nomer"].contains(word(i - 2)) { return nil }
            if let year = yearNumber(i + 1) { return Match(end: i + 2, .year(year)) }
            if let decade = decade(i + 1, short: true) { return Match(end: i + 2, decade) }
            return nil
        }
        if let decade = decade(i, short: ["era", "dekade", "medio", "periode", "awal", "akhir"].contains(word(i - 1))) {
            return Match(end: i + 1, decade)
        }
        if let year = yearNumber(i), TimeWords.yearCues.contains(word(i - 1)) {
            if word(i - 1) == "tahun" { return nil }
            return Match(end: i + 1, .year(year))
        }
        // "pada 2020 dan 2021": a year listed after another year.
        if let year = yearNumber(i), ["dan", "atau", ",", "hingga", "sampai", "serta"].contains(word(i - 1)), i >= 2,
           let previous = found.last, previous.end == tokens[i - 2].end, previous.value?.utf8.count == 4 {
            return Match(end: i + 1, .year(year))
        }
        return nil
    }

    /// "1980-an" (or "80-an" when `short` is allowed): the decade.
    func decade(_ i: Int, short: Bool) -> Timex? {
        let text = word(i)
        guard text.hasSuffix("-an") else { return nil }
        let digits = text.dropLast(3)
        guard let value = TemporalScan.digits(digits), value % 10 == 0 else { return nil }
        if digits.count == 4, (1000...2190).contains(value) { return .decade(value / 10) }
        if short, digits.count == 2 { return .decade(190 + value / 10) }
        return nil
    }

    /// "2020-2024": two years in one token, each its own expression.
    func yearRange(at i: Int) -> [Match]? {
        guard sentence.contains(i), tokens[i].kind == .number else { return nil }
        let text = words[i]
        for separator in ["-", "–", "—"] {
            let parts = text.components(separatedBy: separator)
            guard parts.count == 2, parts[0].count == 4, parts[1].count == 4,
                  let first = TemporalScan.digits(parts[0]), let second = TemporalScan.digits(parts[1]),
                  (1800...2199).contains(first), (1800...2199).contains(second), first < second else { continue }
            let start = tokens[i].start
            var a = Match(end: i + 1, .year(first))
            a.scalars = start..<(start + 4)
            var b = Match(end: i + 1, .year(second))
            b.scalars = (tokens[i].end - 4)..<tokens[i].end
            return [a, b]
        }
        return nil
    }
}
