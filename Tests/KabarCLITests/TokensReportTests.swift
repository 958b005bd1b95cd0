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

/// The streamed JSON of `kabar tokens --json` is the same text as the whole value's.
@Suite struct TokensStreamTests {
    static let articles = [
        Article(id: "a", path: "a.md", title: "Banjir \"Besar\"", blocks: [Block(kind: .paragraph, text: "Harga naik 2,5 persen. Warga kaget.", start: 0, end: 0)]),
        Article(id: "kosong", path: "kosong.md", title: "", blocks: []),
        Article(id: "b", path: "b.md", title: "Kedua", blocks: [Block(kind: .paragraph, text: "Kata \u{202E}aneh\t. Selesai.", start: 0, end: 0)]),
    ]

    @Test(arguments: [false, true])
    func streamedEqualsWhole(sentences: Bool) {
        var streamed = ""
        TokensReport.writeJSON(Self.articles, sentences: sentences) { streamed += $0 }
        let whole = TokensReport.json(Self.articles.map { AnalyzedArticle($0) }, sentences: sentences).serialized(pretty: true)
        #expect(streamed == whole)
    }

    @Test func noArticlesIsAnEmptyList() {
        var streamed = ""
        TokensReport.writeJSON([], sentences: true) { streamed += $0 }
        #expect(streamed == TokensReport.json([], sentences: true).serialized(pretty: true))
        #expect(streamed == "{\n  \"tokens\": [],\n  \"sentences\": []\n}")
    }

    @Test func aLongArticleComesOutInPieces() {
        let long = Article(id: "panjang", path: "p.md", title: "Panjang",
                           blocks: [Block(kind: .paragraph, text: String(repeating: "Warga mengungsi ke masjid. ", count: 2_000), start: 0, end: 0)])
        var pieces: [String] = []
        TokensReport.writeJSON([long]) { pieces.append($0) }
        #expect(pieces.count > 1)
        #expect(pieces.joined() == TokensReport.json([AnalyzedArticle(long)]).serialized(pretty: true))
    }
}
