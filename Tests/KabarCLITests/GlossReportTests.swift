import KabarCLI
import KabarCore
import Testing

@Suite struct GlossReportTests {
    static let analyzer: MorphAnalyzer = {
        var glossary = Glossary()
        glossary.add([
            GlossaryEntry(headword: "saing", pos: "v", gloss: "rival; compete"),
            GlossaryEntry(headword: "harga", pos: "n", gloss: "price"),
        ])
        return MorphAnalyzer(glossary: glossary)
    }()

    @Test func jsonHasTheContractedShape() {
        let json = GlossReport.json(words: ["menyaingi", "DeepSeek"], analyzer: Self.analyzer).serialized(pretty: false)
        #expect(json == #"{"results":[{"word":"menyaingi","analyses":[{"lemma":"saing","root":"saing","affixes":["meN-","-i"],"pos":"v","gloss":"rival; compete","source":"composed"}]},"#
            + #"{"word":"DeepSeek","analyses":[]}]}"#)
    }

    @Test func vocabularyCountsLemmasAndForms() {
        let article = Article(id: "a", path: "a.md", title: "Harga",
                              blocks: [Block(kind: .paragraph, text: "Harga naik. Mereka bersaing dan menyaingi harganya.")])
        let items = GlossReport.vocabulary(of: AnalyzedArticle(article), analyzer: Self.analyzer)
        #expect(items.map(\.lemma) == ["harga", "saing"])
        #expect(items[0].count == 3)
        #expect(items[0].forms == ["harga", "harganya"])
        #expect(items[1].forms == ["bersaing", "menyaingi"])
    }
}
