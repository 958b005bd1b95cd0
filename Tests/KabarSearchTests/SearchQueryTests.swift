import Foundation
import KabarCore
import Testing

/// What users type, read into queries and FTS5 expressions: every word quoted, nothing a
/// user types becomes FTS5 or SQL syntax.
@Suite struct SearchQueryTests {
    @Test(arguments: [
        ("saing", #""saing""#),
        ("Saing  Lantik", #""saing" AND "lantik""#),
        (#""suku bunga""#, #""suku bunga""#),
        ("banjir OR gempa", #"("banjir" OR "gempa")"#),
        ("banjir -semarang", #"("banjir") NOT "semarang""#),
        (#"banjir -"suku bunga""#, #"("banjir") NOT "suku bunga""#),
        ("bank*", #""bank" *"#),
        ("title:banjir", #"title : "banjir""#),
        (#"title:"gubernur baru""#, #"title : "gubernur baru""#),
        ("source:kabar", #"source : "kabar""#),
        ("Menyáingi", #""menyaingi""#),
    ])
    func queriesBecomeQuotedFTSExpressions(_ input: String, _ expected: String) {
        #expect(FTSExpression.match(for: QueryParser().parse(input)) == expected)
    }

    @Test func entityAndDateAreFilters() {
        let query = QueryParser().parse(#"entity:"Budi Santoso" date:2025-01..2025-02 lantik"#)
        #expect(query.entities == ["Budi Santoso"])
        #expect(query.dateFrom == "2025-01-01")
        #expect(query.dateTo == "2025-02-31")
        #expect(FTSExpression.match(for: query) == #""lantik""#)
    }

    /// Hostile input: a sensible literal search or a one-line note, never FTS5 syntax.
    @Test(arguments: [
        (#""suku bunga"#, #""suku bunga""#, "a quote was not closed"),
        ("OR banjir", #""banjir""#, "OR needs a word"),
        ("banjir OR", #""banjir""#, "OR at the end"),
        ("*", nil, "a lone *"),
        ("title:", nil, "title: needs something"),
        ("'; DROP TABLE articles; --", #""drop" AND "table" AND "articles""#, nil),
        // Words joined without a space are read as a phrase: "near a", "foo bar".
        ("NEAR(a b) AND x", #""near a" AND "b" AND "and" AND "x""#, nil),
        ("foo:bar", #""foo bar""#, nil),
        ("-banjir", nil, "only excluded words"),
        ("date:kemarin banjir", #""banjir""#, "date: reads"),
        ("\"\"", nil, nil),
    ] as [(String, String?, String?)])
    func hostileQueriesAreReadSafely(_ input: String, _ expected: String?, _ note: String?) {
        let query = QueryParser().parse(input)
        #expect(FTSExpression.match(for: query) == expected)
        if let note {
            #expect(query.notes.contains { $0.hasPrefix(note) }, "\(query.notes)")
        }
    }
}
