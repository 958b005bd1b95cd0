import KabarCLI
import KabarCore
import Testing

@Suite struct TimelineReportTests {
    static func events() -> [TimelineEvent] {
        let article = AnalyzedArticle(Article(id: "banjir", path: "/tmp/banjir.md", title: "Banjir", source: nil, date: nil,
                                              language: "id", url: nil, author: nil, tags: [], extra: [:],
                                              blocks: [Block(kind: .paragraph, text: "Air naik pada 28 September 2018. Warga pulang kemarin.",
                                                             start: 0, end: 0)]))
        return TimelineIndex().events(of: [article])
    }

    @Test func jsonHasTheDocumentedShapeWithNullForUnresolved() {
        let json = TimelineReport.json(Self.events()).serialized(pretty: false)
        let first = #"{"value":"2018-09-28","type":"date","text":"28 September 2018","article":"banjir","field":"body","start":14,"end":31,"sentence":"Air naik pada 28 September 2018.","entities":[]}"#
        let second = #"{"value":null,"type":"date","text":"kemarin","article":"banjir","field":"body","start":46,"end":53,"sentence":"Warga pulang kemarin.","entities":[]}"#
        #expect(json == #"{"events":["# + first + "," + second + "]}")
    }

    @Test func textShowsValueSentenceAndExpression() {
        let lines = TimelineReport.text(Self.events()).split(separator: "\n").map(String.init)
        #expect(lines == [
            "2018-09-28 · Air naik pada 28 September 2018. [28 September 2018] — banjir",
            "(unresolved) · Warga pulang kemarin. [kemarin] — banjir",
        ])
    }

    @Test func aLongSentenceIsCutAtAWordToTheWidth() {
        let words = (0..<100).map { "kata\($0)" }.joined(separator: " ")
        let article = AnalyzedArticle(Article(id: "panjang", path: "/tmp/panjang.md", title: "Panjang",
                                              blocks: [Block(kind: .paragraph, text: words + " kemarin.", start: 0, end: 0)]))
        let line = TimelineReport.text(TimelineIndex().events(of: [article]), width: 60)
        let sentence = line.dropFirst("(unresolved) · ".count).prefix { $0 != "[" }
        #expect(line.hasPrefix("(unresolved) · kata0 kata1 "))
        #expect(sentence.hasSuffix(" … "))
        #expect(sentence.count <= 60 + " … ".count)
        #expect(words.hasPrefix(sentence.dropLast(" … ".count)))
    }
}
