@testable import KabarCore
import Testing

/// A "sentence" of thousands of words (a text with no full stop) is not copied whole into
/// its events: each gets the part around its expression, marked with "…" where cut.
@Suite struct TimelineLongSentenceTests {
    @Test func anEventOfAVeryLongSentenceHoldsThePartAroundItsExpression() throws {
        let words = (0..<3_000).map { "kata\($0)" }
        let text = words[..<1_500].joined(separator: " ") + " kemarin " + words[1_500...].joined(separator: " ")
        let article = TimelineTests.article("panjang", date: ArticleDate(year: 2025, month: 3, day: 5), text)
        let event = try #require(TimelineIndex().events(of: [article]).first)
        #expect(event.expression.text == "kemarin")
        #expect(event.expression.value == "2025-03-04")
        #expect(event.sentenceEnd - event.sentenceStart == TimelineIndex.sentenceLimit)
        #expect(event.sentenceStart <= event.expression.start && event.expression.end <= event.sentenceEnd)
        #expect(event.sentence.hasPrefix("…") && event.sentence.hasSuffix("…"))
        #expect(event.sentence.dropFirst().dropLast() == Substring(text.scalarSlice(event.sentenceStart..<event.sentenceEnd)))
    }

    @Test func aSentenceWithinTheLimitIsWhole() throws {
        let article = TimelineTests.article("pendek", date: ArticleDate(year: 2025, month: 3, day: 5),
                                            "Banjir datang kemarin. Warga mengungsi.")
        let event = try #require(TimelineIndex().events(of: [article]).first)
        #expect(event.sentence == "Banjir datang kemarin.")
    }
}
