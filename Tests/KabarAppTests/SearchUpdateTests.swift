import KabarApp
import KabarCore
import KabarTUI
import Testing

/// The search logic in `update`, message by message: generations, stale answers, the engine
/// arriving late, and Enter before the answer.
@Suite struct SearchUpdateTests {
    @Test func anAnswerForAnOlderGenerationIsDropped() {
        var state = SearchFixtures.state()
        state.press("/ s a")
        #expect(state.searchGeneration == 2)
        _ = state.update(.searchResults(generation: 1, SearchAnswer(query: "s", hits: [])))
        #expect(state.prompt?.results == nil)
        #expect(state.prompt?.waiting == true)
        _ = state.update(.searchResults(generation: 2, SearchFixtures.saing))
        #expect(state.prompt?.results == SearchFixtures.saing)
        #expect(state.prompt?.waiting == false)
        // A key after the answer: the answer stays on screen while the next one is awaited,
        // and the answer for generation 2 is now stale.
        state.press("i")
        _ = state.update(.searchResults(generation: 2, SearchAnswer(query: "sa", hits: [])))
        #expect(state.prompt?.results == SearchFixtures.saing)
        #expect(state.prompt?.waiting == true)
    }

    @Test func anEmptyQuerySearchesNothingAndClearsTheResults() {
        var state = SearchFixtures.state()
        state.press("/ s")
        _ = state.update(.searchResults(generation: 1, SearchFixtures.saing))
        let effects = state.press("Backspace")
        #expect(effects.isEmpty)
        #expect(state.prompt?.results == nil)
        #expect(state.prompt?.waiting == false)
        #expect(state.screen[11].contains("Type to search"))
    }

    @Test func whileIndexingThePromptSaysSoAndSearchesWhenTheEngineArrives() {
        var state = AppState(articles: [SearchFixtures.pasar, SearchFixtures.saingan].map { AnalyzedArticle($0) },
                             analyzer: Fixtures.analyzer)
        let typed = state.press("/ s a i n g")
        #expect(typed.isEmpty)
        #expect(state.screen[11].contains("indexing…"))
        let effects = state.update(.searchEngineReady(SearchEngineHandle(SearchFixtures.engine()), warning: "search: 1 file not indexed"))
        #expect(effects == [.search(SearchRequest(query: "saing", generation: 6, delayMilliseconds: 0))])
        #expect(state.status == "search: 1 file not indexed")
        #expect(!state.screen[11].contains("indexing…"))
    }

    @Test func enterWhileIndexingOpensTheFirstResultOnceTheAnswerComes() {
        var state = AppState(articles: [SearchFixtures.pasar, SearchFixtures.saingan].map { AnalyzedArticle($0) },
                             analyzer: Fixtures.analyzer)
        state.press("/ s a i n g Enter")
        #expect(state.prompt?.openWhenReady == true)
        #expect(state.status == "Still indexing: the search runs when the index is ready.")
        _ = state.update(.searchEngineReady(SearchEngineHandle(SearchFixtures.engine()), warning: nil))
        let effects = state.update(.searchResults(generation: state.searchGeneration, SearchFixtures.saing))
        #expect(effects == [.recordSearch("saing")])
        #expect(state.openArticle?.article.id == "saingan")
    }

    @Test func enterBeforeTheAnswerSearchesAtOnceAndOpensWhenItComes() {
        var state = SearchFixtures.state()
        state.press("/ s a i n g")
        let effects = state.press("Enter")
        #expect(effects == [.search(SearchRequest(query: "saing", generation: 5, delayMilliseconds: 0))])
        #expect(state.prompt != nil)
        _ = state.update(.searchResults(generation: 5, SearchFixtures.saing))
        #expect(state.prompt == nil)
        #expect(state.openArticle?.article.id == "saingan")
        #expect(state.status == "saing · match 1/3 · article 1/2")
    }

    @Test func aFailedEngineIsExplained() {
        var state = AppState(articles: [SearchFixtures.pasar].map { AnalyzedArticle($0) }, analyzer: Fixtures.analyzer)
        _ = state.update(.searchEngineFailed("disk full"))
        state.press("/ a Enter")
        #expect(state.screen[11].contains("search unavailable: disk full"))
        #expect(state.status == "search unavailable: disk full")
        #expect(state.prompt?.openWhenReady == false)
    }

    @Test func noMatchesClosesThePromptWithAMessage() {
        var state = SearchFixtures.state()
        state.press("/ b a n j i r")
        _ = state.update(.searchResults(generation: 6, SearchAnswer(query: "banjir", hits: [])))
        #expect(state.screen[11].contains("No articles match."))
        let effects = state.press("Enter")
        #expect(effects == [.recordSearch("banjir")])
        #expect(state.prompt == nil)
        #expect(state.status == "No articles match “banjir”.")
    }

    @Test func aSessionMapsHitsByPathThenIdAndSortsMatchesInTextOrder() {
        let articles = [SearchFixtures.cuaca, SearchFixtures.pasar, SearchFixtures.saingan].map { AnalyzedArticle($0) }
        var answer = SearchFixtures.saing
        answer.hits[1].path = "/elsewhere/pasar.md"  // found by its id instead
        answer.hits.append(SearchAnswer.Hit(articleID: "gone", path: "/tmp/gone.md", title: "Gone", snippet: "", matches: []))
        let session = SearchSession(answer, articles: articles)
        #expect(session.found.map(\.article) == [2, 1])
        #expect(session.found[0].matches.map(\.start) == [0, 7, 41])
        #expect(session.found[0].matches.map(\.field) == [.title, .body, .body])
    }

    /// A fast start shows the index's articles before the files are checked: when the engine,
    /// opening, found files changed, the articles are read again, once; otherwise not.
    @Test(arguments: [(true, true, true), (true, false, false), (false, true, false)])
    func aFastStartReloadsWhenTheEngineFoundChangedFiles(unchecked: Bool, changed: Bool, reloads: Bool) {
        var state = AppState(articles: [SearchFixtures.pasar, SearchFixtures.saingan].map { AnalyzedArticle($0) },
                             analyzer: Fixtures.analyzer)
        state.articlesUnchecked = unchecked
        let engine = FakeSearchEngine([:], filesChangedAtOpen: changed)
        let effects = state.update(.searchEngineReady(SearchEngineHandle(engine), warning: nil))
        #expect(effects.contains(.reloadArticles) == reloads)
        #expect(state.articlesUnchecked == false)
        // A later reopening (after a reload) never reloads again.
        #expect(!state.update(.searchEngineReady(SearchEngineHandle(engine), warning: nil)).contains(.reloadArticles))
    }
}
