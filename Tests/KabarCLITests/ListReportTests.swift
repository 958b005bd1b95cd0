import KabarCLI
import KabarCore
import Testing

@Suite struct ListReportTests {
    @Test func jsonHasTheContractedShapeWithNullForAbsentFields() {
        let articles = BundledArticles.load()
        #expect(articles.count == 2)
        let json = ListReport.json(articles).serialized(pretty: false)
        #expect(json.hasPrefix(#"{"articles":[{"id":"china-jatuh-cinta-pada-liang-wenfeng","title":"China Jatuh Cinta pada Liang Wenfeng setelah DeepSeek Memulai Gejolak AI di AS","source":"Business Insider","date":"2025-01-28","path":"#))
        #expect(json.contains(#"{"id":"deepseek-membalikkan-lanskap-teknologi-global","title":"DeepSeek Membalikkan Lanskap Teknologi Global","source":null,"date":null,"path":"#))
        #expect(json.contains(#""words":"#))
    }

    @Test func wordsCountsBodyWords() {
        let article = Article(id: "a", path: "a.md", title: "Judul Tidak Dihitung", source: nil, date: nil, language: "id",
                              url: nil, author: nil, tags: [], extra: [:],
                              blocks: [Block(kind: .paragraph, text: "Harga naik 5,75 persen, kata BPS.", start: 0, end: 0)])
        let json = ListReport.json([AnalyzedArticle(article)]).serialized(pretty: false)
        // Harga, naik, persen, kata, BPS: the number and punctuation are not words.
        #expect(json.hasSuffix(#""words":5}]}"#))
    }

    @Test func textHasOneRowPerArticle() {
        let text = ListReport.text(BundledArticles.load())
        let rows = text.split(separator: "\n")
        #expect(rows.count == 2)
        #expect(rows[0].hasPrefix("china-jatuh-cinta-pada-liang-wenfeng"))
        #expect(rows[0].contains("2025-01-28"))
        #expect(rows[0].hasSuffix("(Business Insider)"))
        #expect(rows[1].contains(" - "))
    }
}
