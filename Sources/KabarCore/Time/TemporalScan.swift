/// One pass of the temporal tagger over a text's tokens, sentence by sentence. Each
/// `match…` function tries one kind of expression at a token and returns where it ends and
/// what it means; the first that matches wins, and scanning goes on after it.
struct TemporalScan {
    let tokens: [Token]
    /// Lower-cased token texts.
    let words: [String]
    let anchor: CalendarDay?
    let utf8: [UInt8]
    let byteStart: [Int]
    let byteEnd: [Int]
    /// The tokens of the sentence being scanned.
    var sentence: Range<Int> = 0..<0
    /// The last day the text named, for "sehari setelahnya".
    var lastDay: CalendarDay?
    private(set) var found: [TimeExpression] = []
    /// Whether the sentence is a title-case headline, where capitals say nothing.
    var titleCase = false

    /// What a match found: the token after it, its type and value (nil when unresolved), and
    /// a scalar extent when it is not whole tokens (one year of "2023-2025").
    struct Match {
        var end: Int
        var type: TimeType
        var value: Timex?
        var scalars: Range<Int>? = nil
        /// One day, resolved or not: a time of day can join it ("kemarin sore").
        var dayLevel: Bool

        init(end: Int, _ value: Timex?, type: TimeType? = nil, dayLevel: Bool? = nil) {
            self.end = end
            self.value = value
            self.type = type ?? value?.type ?? .date
            self.dayLevel = dayLevel ?? (value?.day != nil)
        }
    }

    init(tokens: [Token], text: String, anchor: CalendarDay?) {
        self.tokens = tokens
        self.words = tokens.map { token in
            token.text.utf8.contains { $0 >= 65 && $0 <= 90 || $0 >= 0x80 } ? token.text.lowercased() : token.text
        }
        self.anchor = anchor
        let utf8 = Array(text.utf8)
        self.utf8 = utf8
        let ranges = utf8.withUnsafeBufferPointer { Tokenizer.byteRanges(of: tokens, in: $0) }
        byteStart = ranges.map(\.lowerBound)
        byteEnd = ranges.map(\.upperBound)
    }

    mutating func scan(_ range: Range<Int>) {
        sentence = range
        titleCase = TemporalScan.isTitleCase(tokens[range])
        var i = range.lowerBound
        while i < range.upperBound {
            // Most words start no time expression: skip them with one lookup.
            if tokens[i].kind != .number, !TimeWords.starts.contains(words[i]) {
                i += 1
            } else if let years = yearRange(at: i) {
                for year in years { emit(year, from: i) }
                i += 1
            } else if let match = match(at: i) {
                emit(match, from: i)
                i = max(match.end, i + 1)
            } else {
                i += 1
            }
        }
    }

    mutating func match(at i: Int) -> Match? {
        var result = firstMatch(at: i)
        // "Rabu (15/1/2025) malam", "kemarin sore", "25 Maret 2025 pukul 10.00".
        if var match = result, match.type == .date, match.dayLevel {
            if let time = attachedTime(at: match.end, day: match.value?.day) {
                match.end = time.end
                match.value = time.value
                match.type = .time
            }
            result = match
        }
        return result
    }

    /// The first kind of expression that matches at `i`, tried from the most specific.
    mutating func firstMatch(at i: Int) -> Match? {
        if let match = matchSet(at: i) { return match }
        if let match = matchPeriodPart(at: i) { return match }
        if let match = matchQuarterOrHalf(at: i) { return match }
        if let match = matchWeekday(at: i) { return match }
        if let match = matchRelativeDay(at: i) { return match }
        if let match = matchRelativeUnit(at: i) { return match }
        if let match = matchCounted(at: i) { return match }
        if let match = matchDate(at: i) { return match }
        if let match = matchMonth(at: i) { return match }
        if let match = matchYear(at: i) { return match }
        if let match = matchClock(at: i) { return match }
        return matchPartOfDay(at: i)
    }

    mutating func emit(_ match: Match, from i: Int) {
        let start: Int, end: Int, text: String
        if let scalars = match.scalars {
            start = scalars.lowerBound
            end = scalars.upperBound
            text = string(tokens[i].text, scalars.lowerBound - tokens[i].start, scalars.upperBound - tokens[i].start)
        } else {
            start = tokens[i].start
            end = tokens[match.end - 1].end
            text = utf8.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[byteStart[i]..<byteEnd[match.end - 1]]), as: UTF8.self)
            }
        }
        found.append(TimeExpression(type: match.type, value: match.value?.value, start: start, end: end, text: text))
        if let day = match.value?.day { lastDay = day }
    }

    private func string(_ text: String, _ from: Int, _ to: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[max(0, from)..<min(scalars.count, to)])
        return String(view)
    }

    // MARK: token tests

    /// The lower-cased word at `i`, or "" outside the sentence.
    func word(_ i: Int) -> String {
        sentence.contains(i) ? words[i] : ""
    }

    func isCapitalised(_ i: Int) -> Bool {
        sentence.contains(i) && tokens[i].text.unicodeScalars.first?.properties.isUppercase == true
    }

    /// The first word or number of the sentence.
    func isSentenceInitial(_ i: Int) -> Bool {
        var j = sentence.lowerBound
        while j < sentence.upperBound, tokens[j].kind != .word && tokens[j].kind != .number { j += 1 }
        return j == i
    }

    /// A plain run of ASCII digits.
    func integer(_ i: Int) -> Int? {
        guard sentence.contains(i), tokens[i].kind == .number else { return nil }
        return TemporalScan.digits(words[i])
    }

    static func digits(_ text: some StringProtocol) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 9, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(text)
    }

    /// A four-digit year, 1800–2199.
    func yearNumber(_ i: Int) -> Int? {
        guard let value = integer(i), words[i].utf8.count == 4, (1800...2199).contains(value) else { return nil }
        return value
    }

    /// Whether the sentence speaks of the future around `i`: a word such as "akan" or
    /// "dijadwalkan" earlier in it, or "akan" right after the expression ending at `end`.
    func future(before i: Int, after end: Int) -> Bool {
        if (sentence.lowerBound..<i).contains(where: { TimeWords.futureCues.contains(words[$0]) }) { return true }
        return (end..<(end + 2)).contains { ["akan", "bakal"].contains(word($0)) }
    }

    /// Most words of four letters or more capitalised, and no final full stop: a headline.
    static func isTitleCase(_ tokens: ArraySlice<Token>) -> Bool {
        if let last = tokens.last, [".", "!", "?"].contains(last.text) { return false }
        var words = 0, capitals = 0
        for token in tokens where token.kind == .word && token.end - token.start > 3 {
            words += 1
            if token.text.unicodeScalars.first?.properties.isUppercase == true { capitals += 1 }
        }
        return words >= 3 && capitals * 10 >= words * 7
    }
}
