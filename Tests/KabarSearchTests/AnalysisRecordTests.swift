import KabarCore
@testable import KabarSearch
import Testing

/// An article's names and dates as the index stores them (one row per article) read back as
/// they were found, whatever their texts hold; a line that can't be read is skipped.
@Suite struct AnalysisRecordTests {
    static let mentions = [
        Enrichment.Mention(name: "Liang Wenfeng", type: "person", field: "body", start: 40, end: 53, text: "Liang Wenfeng"),
        Enrichment.Mention(name: "DeepSeek", type: "organization", field: "title", start: 0, end: 8, text: "DeepSeek"),
        Enrichment.Mention(name: "Liang Wenfeng", type: "person", field: "body", start: 3, end: 8, text: "Liang"),
        Enrichment.Mention(name: "Odd", type: "organization", field: "body", start: 60, end: 70, text: "tab\there\nline \\ slash"),
    ]
    static let events = [
        Enrichment.Event(value: "2025-01-28", type: "date", text: "28 Januari 2025", field: "body", start: 10, end: 25),
        Enrichment.Event(value: nil, type: "date", text: "suatu hari", field: "body", start: 2, end: 12),
        Enrichment.Event(value: "", type: "duration", text: "a\tb", field: "title", start: 0, end: 3),
    ]

    @Test func whatWasFoundReadsBackInTextOrder() {
        let back = AnalysisRecord.analysis(mentions: AnalysisRecord.mentions(Self.mentions), events: AnalysisRecord.events(Self.events))
        #expect(back.mentions[.body] == [EntityMention(type: .person, start: 3, end: 8, text: "Liang"),
                                         EntityMention(type: .person, start: 40, end: 53, text: "Liang Wenfeng"),
                                         EntityMention(type: .organization, start: 60, end: 70, text: "tab\there\nline \\ slash")])
        #expect(back.mentions[.title] == [EntityMention(type: .organization, start: 0, end: 8, text: "DeepSeek")])
        #expect(back.expressions[.body] == [TimeExpression(type: .date, value: nil, start: 2, end: 12, text: "suatu hari"),
                                            TimeExpression(type: .date, value: "2025-01-28", start: 10, end: 25, text: "28 Januari 2025")])
        #expect(back.expressions[.title] == [TimeExpression(type: .duration, value: "", start: 0, end: 3, text: "a\tb")])
    }

    @Test func nothingFoundIsEmpty() {
        #expect(AnalysisRecord.mentions([]).isEmpty)
        #expect(AnalysisRecord.analysis(mentions: "", events: "") == StoredAnalysis())
    }

    @Test(arguments: ["person\tbody\t1\t5", "nope\tbody\t1\t5\tx", "person\tfooter\t1\t5\tx", "person\tbody\tone\t5\tx",
                      "person\tbody\t1\t5\tbad \\q escape", "person\tbody\t1\t5\tends in \\", "person\tbody\t1\t5\tx\textra"])
    func aLineThatCantBeReadIsSkipped(_ line: String) {
        let back = AnalysisRecord.analysis(mentions: line + "\norganization\tbody\t7\t9\tok\n", events: "date\tbody\t1\t2\tno equals\tx\n")
        #expect(back.mentions[.body] == [EntityMention(type: .organization, start: 7, end: 9, text: "ok")])
        #expect(back.expressions.isEmpty)
    }
}
