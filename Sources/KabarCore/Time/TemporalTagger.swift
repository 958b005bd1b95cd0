/// Finds the time expressions of Indonesian text and resolves them against the article's
/// date: full dates, news datelines "Rabu (15/1/2025)", weekdays, relative days, weeks,
/// months and years, parts of periods (awal 2025, kuartal III, paruh kedua), years and
/// decades, durations, repeating times, clock times and parts of the day.
///
///     let tagger = TemporalTagger()
///     tagger.expressions(in: "Rapat digelar Rabu (15/1/2025) malam.", anchor: nil)
///     // "Rabu (15/1/2025) malam" → time, 2025-01-15TNI
///
/// Values are TIMEX3 strings. Without an anchor, relative expressions get the value `nil`
/// while absolute ones still resolve. Scores, minutes of a match, percentages, money, model
/// names, ages and bare numbers are not times.
public struct TemporalTagger: Sendable {
    public init() {}

    public func expressions(in text: String, anchor: ArticleDate?) -> [TimeExpression] {
        expressions(in: text, tokens: Tokenizer().tokenize(text), anchor: anchor)
    }

    /// - Parameter tokens: the tokens of `text` (from `Tokenizer`).
    public func expressions(in text: String, tokens: [Token], anchor: ArticleDate?) -> [TimeExpression] {
        var scan = TemporalScan(tokens: tokens, text: text, anchor: anchor.map(CalendarDay.init))
        for sentence in SentenceSplitter().split(text, tokens: tokens) {
            scan.scan(sentence.tokens)
        }
        return scan.found
    }
}
