import Foundation

/// The time expressions of a set of articles, tagged once per article content and date and
/// cached, then laid out as one timeline.
public final class TimelineIndex: @unchecked Sendable {
    let tagger: TemporalTagger
    /// Per article date and content, its time expressions by field.
    private let cache = ContentCache<[TextField: [TimeExpression]]>()

    /// A longer sentence is given as this many scalars around its expression, with "…"
    /// where it was cut (`sentenceStart`..<`sentenceEnd` is then that part).
    public static let sentenceLimit = 1_000

    public init(tagger: TemporalTagger = TemporalTagger()) {
        self.tagger = tagger
    }

    /// The time expressions of one article, by field, resolved against its date.
    public func expressions(of analyzed: AnalyzedArticle) -> [TextField: [TimeExpression]] {
        let article = analyzed.article
        return cache.value(for: ContentKey(article.date?.description ?? "-", article.title, article.body)) {
            [
                .title: tagger.expressions(in: article.title, tokens: analyzed.titleTokens, anchor: article.date),
                .body: tagger.expressions(in: article.body, tokens: analyzed.bodyTokens, anchor: article.date),
            ]
        }
    }

    /// Every event of the articles: dated ones in calendar order (periods by their start),
    /// then durations and repeating times, then unresolved ones; ties keep article order.
    /// - Parameter known: what the index already holds for each article (nil: tag them all),
    ///   in the articles' order.
    public func events(of articles: [AnalyzedArticle], entities: [Entity] = [], known: [StoredAnalysis]? = nil) -> [TimelineEvent] {
        var names: [String: [(start: Int, end: Int, name: String)]] = [:]
        for entity in entities {
            for mention in entity.mentions {
                names[mention.article + "\u{0}" + mention.field.rawValue, default: []].append((mention.start, mention.end, entity.name))
            }
        }
        let nameList = names
        let known = known?.count == articles.count ? known : nil
        // Each article's events on its own (sentences found, names placed), on every core;
        // then in article order, so that ties keep it.
        let slots = ResultSlots<[TimelineEvent]>(count: articles.count)
        let chunk = 8
        DispatchQueue.concurrentPerform(iterations: (articles.count + chunk - 1) / chunk) { number in
            for index in (number * chunk)..<min(articles.count, (number + 1) * chunk) {
                let analyzed = articles[index]
                slots.set(index, self.events(of: analyzed, byField: known?[index].expressions ?? expressions(of: analyzed), names: nameList))
            }
        }
        return TimelineIndex.ordered(slots.values().flatMap { $0 })
    }

    /// One article's events, in text order: each expression with its sentence and the names
    /// in it (`names`: per article and field, the mentions with their entities' names).
    func events(of analyzed: AnalyzedArticle, byField: [TextField: [TimeExpression]],
                names: [String: [(start: Int, end: Int, name: String)]]) -> [TimelineEvent] {
        var events: [TimelineEvent] = []
        for field in [TextField.title, .body] {
            let expressions = byField[field] ?? []
            guard !expressions.isEmpty else { continue }
            let text = analyzed.text(of: field)
            let sentences = SentenceSplitter().split(text, tokens: analyzed.tokens(in: field))
            let scalars = Array(text.unicodeScalars)
            let mentions = (names[analyzed.article.id + "\u{0}" + field.rawValue] ?? []).sorted { $0.start < $1.start }
            for expression in expressions {
                // Sentences and mentions are in text order: binary searches, so a long
                // article with many dates costs no more than its length.
                let candidate = TimelineIndex.firstIndex(in: sentences.count) { sentences[$0].end > expression.start }
                let sentence = candidate < sentences.count && sentences[candidate].start <= expression.start
                    ? sentences[candidate] : nil
                var range = sentence.map { $0.start..<$0.end } ?? expression.start..<expression.end
                // A sentence of megabytes (a line with no full stop) is not copied into
                // every event: only the part around the expression, marked where cut.
                var cut = (before: false, after: false)
                if range.count > TimelineIndex.sentenceLimit {
                    let lower = max(range.lowerBound, min(expression.start - TimelineIndex.sentenceLimit / 2,
                                                          range.upperBound - TimelineIndex.sentenceLimit))
                    let upper = min(range.upperBound, lower + TimelineIndex.sentenceLimit)
                    cut = (lower > range.lowerBound, upper < range.upperBound)
                    range = lower..<upper
                }
                var seen: [String] = []
                var index = TimelineIndex.firstIndex(in: mentions.count) { mentions[$0].start >= range.lowerBound }
                while index < mentions.count, mentions[index].start < range.upperBound {
                    if !seen.contains(mentions[index].name) { seen.append(mentions[index].name) }
                    index += 1
                }
                events.append(TimelineEvent(expression: expression, article: analyzed.article.id, field: field,
                                            sentence: (cut.before ? "…" : "") + scalars.string(range) + (cut.after ? "…" : ""),
                                            sentenceStart: range.lowerBound,
                                            sentenceEnd: range.upperBound, entities: seen))
            }
        }
        return events
    }

    /// The first of `0..<count` where `isAtOrAfter` holds, for a predicate that is false and
    /// then true along the range (`count` when it never holds).
    static func firstIndex(in count: Int, where isAtOrAfter: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if isAtOrAfter(mid) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// Calendar order; stable for equal starts.
    static func ordered(_ events: [TimelineEvent]) -> [TimelineEvent] {
        func rank(_ event: TimelineEvent) -> (Int, TimexOrder.Start?) {
            guard let value = event.expression.value else { return (2, nil) }
            if let start = TimexOrder.start(of: value) { return (0, start) }
            return (1, nil)
        }
        let ranked = events.enumerated().map { (offset: $0.offset, event: $0.element, rank: rank($0.element)) }
        return ranked.sorted { a, b in
            if a.rank.0 != b.rank.0 { return a.rank.0 < b.rank.0 }
            if let x = a.rank.1, let y = b.rank.1, x != y { return x < y }
            return a.offset < b.offset
        }.map(\.event)
    }
}
