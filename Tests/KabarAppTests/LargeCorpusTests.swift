import KabarApp
import KabarCore
import KabarTUI
import Testing

/// A corpus larger than `AppState.analyseAtOnceLimit` opens before its entities and
/// timeline are found; they arrive from the background and fill the panes.
@Suite struct LargeCorpusTests {
    static let articles: [AnalyzedArticle] = (0...AppState.analyseAtOnceLimit).map { number in
        AnalyzedArticle(Article(id: "berita-\(number)", path: "/tmp/berita-\(number).md", title: "Berita \(number)",
                                date: ArticleDate(year: 2025, month: 3, day: 5),
                                blocks: [Block(kind: .paragraph, text: "Bupati Garut Rudy Gunawan meninjau banjir kemarin.", start: 0, end: 0)]))
    }

    static func pane(_ state: AppState, _ pane: Pane) -> [String] {
        let rect = state.layout.rect(of: pane)
        return view(state).lines[rect.y..<rect.bottom].map { String($0.dropFirst(rect.x)) }
    }

    @Test func theReaderOpensFirstAndSaysItIsStillLooking() {
        let state = AppState(articles: Self.articles, analyzer: Fixtures.analyzer, width: 120, height: 40)
        #expect(state.corpusPending)
        #expect(state.openArticle?.article.id == "berita-0")
        #expect(Self.pane(state, .entities).contains { $0.contains("Finding names…") })
        #expect(Self.pane(state, .timeline).contains { $0.contains("Finding dates…") })
    }

    @Test func theBackgroundAnswerFillsThePanes() {
        var state = AppState(articles: Self.articles, analyzer: Fixtures.analyzer, width: 120, height: 40)
        _ = state.update(.corpusAnalysed(CorpusFacts.compute(Self.articles)))
        #expect(!state.corpusPending)
        #expect(Self.pane(state, .entities).contains { $0.contains("Rudy Gunawan ×1") })
        // "kemarin" in every article dated 2025-03-05: 301 events on 2025-03-04.
        #expect(state.timeline.count == Self.articles.count)
        #expect(state.timeline.allSatisfy { $0.expression.value == "2025-03-04" })
        // The open article's mentions are highlighted now.
        #expect(!state.entityWords.isEmpty)
    }

    @Test func theRuntimeFindsThemInTheBackground() {
        let backend = TestBackend(width: 120, height: 40)
        let state = AppState(articles: Self.articles, analyzer: Fixtures.analyzer, width: 120, height: 40)
        let runtime = ReaderRuntime(state: state, backend: backend)
        _ = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
        #expect(!runtime.state.corpusPending)
        #expect(runtime.state.navigation.entities.contains { $0.name == "Rudy Gunawan" })
        #expect(backend.lines.contains { $0.contains("Rudy Gunawan ×1") })
    }

    /// The runtime makes the panes' rows in the background too: the same rows as made
    /// when the facts are taken, whichever pane scope is shown.
    @Test func theRowsMadeInTheBackgroundAreTheRowsMadeAtOnce() {
        let runtime = ReaderRuntime(state: AppState(articles: Self.articles, analyzer: Fixtures.analyzer, width: 120, height: 40),
                                    backend: TestBackend(width: 120, height: 40))
        _ = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
        var direct = AppState(articles: Self.articles, analyzer: Fixtures.analyzer, width: 120, height: 40)
        _ = direct.update(.corpusAnalysed(CorpusFacts.compute(Self.articles)))
        var background = runtime.state
        #expect(!background.entityRows.isEmpty && !background.timelineRows.isEmpty)
        for scope in [false, true] {
            background.entityScopeAll = scope
            direct.entityScopeAll = scope
            background.timelineArticleOnly = !scope
            direct.timelineArticleOnly = !scope
            #expect(background.entityRows == direct.entityRows)
            #expect(background.timelineRows == direct.timelineRows)
        }
        #expect(background.timelineArticles == direct.timelineArticles)
        #expect(view(background).lines == view(direct).lines)
    }
}
