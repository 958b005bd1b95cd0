/// Clock times (pukul 21.47 WITA, 10.00 WIB) and parts of the day (pagi, sore, malam).
extension TemporalScan {
    /// "pukul 21.47 WITA", "jam 10.00", "pukul 8 malam", "10.00 WIB", and the second clock
    /// of a range ("pukul 07.00 hingga 10.00 WIB").
    func matchClock(at i: Int) -> Match? {
        guard let clock = clockTime(at: i) else { return nil }
        let day = clockDay(before: i)
        return Match(end: clock.end, day.map { .clock($0, hour: clock.hour, minute: clock.minute) }, type: .time)
    }

    /// The day a clock time is on: the day the same sentence's previous clock time was on
    /// (the second clock of a range), or the anchor.
    func clockDay(before i: Int) -> CalendarDay? {
        if let previous = found.last, previous.type == .time, ["hingga", "sampai", "-", "–", "s.d.", "s/d"].contains(word(i - 1)),
           previous.end == tokens[i - 2].end || previous.end == tokens[max(0, i - 1)].start {
            return lastDay ?? anchor
        }
        return anchor
    }

    /// A clock time at `i`: with pukul/jam, or a hh.mm time followed by a time zone or
    /// following "hingga" after another clock time.
    func clockTime(at i: Int) -> (end: Int, hour: Int, minute: Int)? {
        var j = i
        let marked = word(i) == "pukul" || word(i) == "jam"
        if marked { j += 1 }
        guard sentence.contains(j), tokens[j].kind == .number, let clock = TemporalScan.hourMinute(words[j], bare: marked) else {
            return nil
        }
        var hour = clock.0
        let minute = clock.1
        var end = j + 1
        var zoned = false
        if TimeWords.zones.contains(word(end)) { end += 1; zoned = true }
        if !marked {
            let afterRange = ["hingga", "sampai", "-", "–", "s.d.", "s/d"].contains(word(i - 1)) && found.last?.type == .time
            guard zoned || afterRange, words[j].contains(".") || words[j].contains(":") else { return nil }
        }
        // "pukul 8 malam": the part of the day sets the half of the day.
        if let part = TimeWords.partsOfDay[word(end)] {
            if ["AF", "EV", "NI"].contains(part), hour < 12, !(part == "NI" && hour <= 4) { hour += 12 }
            end += 1
        }
        if hour == 24 { hour = 0 }
        if word(end) == "dini", word(end + 1) == "hari" { end += 2 }
        return (end, hour, minute)
    }

    /// "21.47", "21:47", or (with pukul) "8".
    static func hourMinute(_ text: String, bare: Bool) -> (Int, Int)? {
        if let hour = digits(text) { return bare && hour <= 24 ? (hour, 0) : nil }
        let parts = text.split(whereSeparator: { $0 == "." || $0 == ":" })
        guard parts.count == 2, parts[1].count == 2, parts[0].count <= 2,
              let hour = digits(parts[0]), let minute = digits(parts[1]), hour <= 24, minute < 60 else { return nil }
        return (hour, minute)
    }

    /// pagi, siang, sore, petang, malam, dini hari, tengah malam; with ini / tadi / itu / hari.
    func matchPartOfDay(at i: Int) -> Match? {
        var j = i
        let part: String
        if word(i) == "dini", word(i + 1) == "hari" {
            part = "MO"
            j += 2
        } else if word(i) == "tengah", word(i + 1) == "malam" {
            part = "NI"
            j += 2
        } else {
            guard let found = TimeWords.partsOfDay[word(i)] else { return nil }
            // Makan malam, pasar malam, selamat pagi; and a capital inside a name (Malam Puncak).
            if TimeWords.partOfDayBlockers.contains(word(i - 1)) || (isCapitalised(i) && !isSentenceInitial(i)) { return nil }
            part = found
            j += 1
        }
        var base = anchor
        switch word(j) {
        case "ini", "tadi", "hari": j += 1
        case "itu", "harinya": j += 1; base = lastDay ?? anchor
        default: break
        }
        return Match(end: j, base.map { .partOfDay($0, part) }, type: .time)
    }

    /// A part of the day or a clock time right after a day: "Kamis sore", "Rabu (9/7/2025)
    /// malam", "25 Maret 2025 pukul 10.00 WIB".
    func attachedTime(at end: Int, day: CalendarDay?) -> (end: Int, value: Timex?)? {
        var j = end
        if word(j) == "," { j += 1 }
        if let clock = clockTime(at: j), word(j) == "pukul" || word(j) == "jam" {
            return (clock.end, day.map { .clock($0, hour: clock.hour, minute: clock.minute) })
        }
        guard j == end else { return nil }
        if word(j) == "dini", word(j + 1) == "hari" { return (j + 2, day.map { .partOfDay($0, "MO") }) }
        // A capital is fine where the day has one too ("Sabtu Malam" in a headline).
        guard let part = TimeWords.partsOfDay[word(j)], !isCapitalised(j) || isCapitalised(j - 1) else { return nil }
        var stop = j + 1
        if word(stop) == "hari" || word(stop) == "harinya" { stop += 1 }
        if let clock = clockTime(at: stop), word(stop) == "pukul" {
            return (clock.end, day.map { .clock($0, hour: clock.hour, minute: clock.minute) })
        }
        return (stop, day.map { .partOfDay($0, part) })
    }
}
