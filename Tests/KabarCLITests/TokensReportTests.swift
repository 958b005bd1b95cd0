import KabarCLI
import KabarCore
import Testing

@Suite struct TokensReportTests {
    static func analyzed(_ text: String) -> AnalyzedArticle {
        AnalyzedArticle(Article(id: "-", path: "-", title: "", source: nil, date: nil, language: nil, url: nil,
                                author: nil, tags: [], extra: [:], blocks: [Block(kind: .paragraph, text: text, start: 0, end: 0)]))
    }

    @Test func jsonListsKindsAndScalarOffsets() {
        let json = TokensReport.json([Self.analyzed("Biaya $6 juta.")]).serialized(pretty: false)
        #expect(json == #"{"tokens":[{"article":"-","field":"body","kind":"word","text":"Biaya","start":0,"end":5},"#
            + #"{"article":"-","field":"body","kind":"symbol","text":"$","start":6,"end":7},"#
            + #"{"article":"-","field":"body","kind":"number","text":"6","start":7,"end":8},"#
            + #"{"article":"-","field":"body","kind":"word","text":"juta","start":9,"end":13},"#
            + #"{"article":"-","field":"body","kind":"punctuation","text":".","start":13,"end":14}]}"#)
    }

    @Test func sentencesAreListedWithTheirText() {
        let json = TokensReport.json([Self.analyzed("Harga naik 2,5 persen. Warga kaget.")], sentences: true).serialized(pretty: false)
        #expect(json.contains(#""sentences":[{"article":"-","field":"body","start":0,"end":22,"text":"Harga naik 2,5 persen."},"#
            + #"{"article":"-","field":"body","start":23,"end":35,"text":"Warga kaget."}]"#))
    }
}
