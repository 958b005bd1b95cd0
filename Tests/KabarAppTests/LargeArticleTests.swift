import Foundation
import KabarApp
import KabarCore
import KabarTUI
import Testing

/// Long articles: the reader says when only its beginning was loaded, opens before the
/// names and dates of over a megabyte of text are found, and highlights every mention.
@Suite struct LargeArticleTests {
    /// About 1.07 MB: 16,500 sentences naming a person and a day.
    static let long: AnalyzedArticle = {
        let sentences = (0..<16_500).map { "Bupati Garut Rudy Gunawan meninjau banjir kemarin di desa \($0)." }
        let blocks = stride(from: 0, to: sentences.count, by: 10).map {
            Block(kind: .paragraph, text: sentences[$0..<($0 + 10)].joined(separator: " "), start: 0, end: 0)
        }
        return AnalyzedArticle(Article(id: "panjang", path: "/tmp/panjang.md", title: "Laporan Panjang",
                                       date: ArticleDate(year: 2025, month: 3, day: 5), blocks: blocks))
    }()

    @Test func aTruncatedArticleSaysSoInItsMetadataLine() {
        var article = Fixtures.banjir
        article.truncatedFrom = 50_000_500
        let state = AppState(articles: [AnalyzedArticle(article)], analyzer: Fixtures.analyzer, width: 160, height: 30)
        let screen = view(state).lines.joined(separator: "\n")
        #expect(screen.contains("only the first 8.0 MB of 50.0 MB loaded"))
    }

    @Test func anArticleWithinTheLimitSaysNothingOfIt() {
        let state = AppState(articles: [AnalyzedArticle(Fixtures.banjir)], analyzer: Fixtures.analyzer, width: 160, height: 30)
        #expect(!view(state).lines.joined(separator: "\n").contains("loaded"))
    }

    @Test func overAMegabyteOfTextItsNamesAndDatesAreFoundInTheBackground() {
        #expect(Self.long.article.body.utf8.count > AppState.analyseAtOnceBytes)
        let state = AppState(articles: [Self.long], analyzer: Fixtures.analyzer, width: 120, height: 40)
        #expect(state.corpusPending)
        #expect(state.openArticle?.article.id == "panjang")
    }

    @Test func everyMentionOfALongArticleIsHighlighted() {
        let sentences = (0..<2_000).map { "Bupati Garut Rudy Gunawan meninjau banjir kemarin di desa \($0)." }
        let article = AnalyzedArticle(Article(id: "sedang", path: "/tmp/sedang.md", title: "Laporan",
                                              blocks: [Block(kind: .paragraph, text: sentences.joined(separator: " "), start: 0, end: 0)]))
        let state = AppState(articles: [article], analyzer: Fixtures.analyzer, width: 120, height: 40)
        #expect(!state.corpusPending)
        // "Rudy Gunawan" 2,000 times: 4,000 words.
        let rudy = state.navigation.entities.firstIndex { $0.name == "Rudy Gunawan" }
        let highlighted = state.entityWords.filter { $0.value == rudy }
        #expect(highlighted.count == 4_000)
        let words = Set(highlighted.keys.compactMap { state.document?.words[$0].text })
        #expect(words == ["Rudy", "Gunawan"])
    }

    @Test func aWordLongerThanAnyIsNotLookedUpAndTheGlossarySaysSo() {
        let long = String(repeating: "energicabangbajak", count: 10)
        let article = Article(id: "kata", path: "/tmp/kata.md", title: "Kata",
                              blocks: [Block(kind: .paragraph, text: "Sebelum \(long) sesudah.", start: 0, end: 0)])
        var state = AppState(articles: [AnalyzedArticle(article)], analyzer: Fixtures.analyzer, width: 120, height: 30)
        state.press("Tab w w")
        #expect(state.cursorWord?.text == long)
        #expect(state.cursorReading?.analyses == [])
        #expect(state.cursorReading?.skippedLength == 170)
        let rect = state.layout.rect(of: .glossary)
        // The pane's text, its wrapped lines joined again.
        let pane = view(state).lines[(rect.y + 1)..<(rect.bottom - 1)]
            .map { $0.dropFirst(rect.x + 1).prefix(rect.width - 2).trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        #expect(pane.contains("Not looked up: 170 characters"))
        #expect(pane.contains("(the limit is 64)"))
        #expect(!pane.contains("Not in the glossary"))
    }
}
