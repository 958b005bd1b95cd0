import Dispatch
import Foundation
import KabarApp
import KabarCore
import KabarTUI
import Testing

/// A large folder: the reader opens before its articles are read, shows how far the reading
/// has got, answers keys meanwhile, and takes the articles when they arrive.
@Suite struct StartupLoadTests {
    /// Articles whose reading stops at "12 of 40" until the test lets it finish.
    final class GatedLoad: @unchecked Sendable {
        let reported = DispatchSemaphore(value: 0)
        let gate = DispatchSemaphore(value: 0)
        let load: PendingLoad

        init(_ reload: @escaping @Sendable () -> ArticleReload) {
            let reported = self.reported, gate = self.gate
            load = PendingLoad { progress in
                progress(LoadProgress(step: "reading", done: 12, total: 40))
                reported.signal()
                gate.wait()
                return reload()
            }
            reported.wait()
        }

        /// Lets the reading finish, and waits until it has.
        func finish() {
            gate.signal()
            _ = load.wait(seconds: 10)
        }
    }

    static func reader(_ gated: GatedLoad) -> (ReaderRuntime, TestBackend) {
        let backend = TestBackend(width: 100, height: 24)
        let state = AppState.startingUp(analyzer: Fixtures.analyzer, width: 100, height: 24)
        let runtime = ReaderRuntime(state: state, backend: backend, startingLoad: gated.load)
        runtime.waitsForArticles = false
        return (runtime, backend)
    }

    static func press(_ keys: String, _ runtime: ReaderRuntime, _ backend: TestBackend) {
        backend.enqueue(KeyParser.keys(keys).map(InputEvent.key))
        _ = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
    }

    @Test func theProgressIsShownAndTheArticlesReplaceIt() {
        let gated = GatedLoad { ArticleReload(articles: [Fixtures.banjir, Fixtures.pasar].map { AnalyzedArticle($0) }, loadedAt: Date()) }
        let (runtime, backend) = Self.reader(gated)
        #expect(runtime.run(pollMilliseconds: 0, stopWhenIdle: true) == 0)
        #expect(backend.lines.contains { $0.contains("Reading the articles… 12 of 40") })
        #expect(backend.lines[23].contains("reading 12/40 articles…"))
        #expect(backend.lines[0].contains("Articles (0)"))
        #expect(backend.lines[1].contains("Reading…"))
        #expect(backend.lines.contains { $0.contains("Finding names…") })
        #expect(backend.lines.contains { $0.contains("Finding dates…") })

        // Keys work meanwhile: the help opens and closes, R says the reading is under way.
        Self.press("?", runtime, backend)
        #expect(backend.lines.contains { $0.contains("Keys · Esc closes") })
        Self.press("Esc R", runtime, backend)
        #expect(!backend.lines.contains { $0.contains("Keys · Esc closes") })
        #expect(backend.lines[23].contains("the articles are still being read"))

        gated.finish()
        Self.press("C-l", runtime, backend)
        #expect(backend.lines[0].contains("Articles (2)"))
        #expect(backend.lines[0].contains("Article · banjir-semarang"))
        #expect(backend.lines.contains { $0.contains("Hujan deras mengguyur kota sejak pagi.") })
        #expect(!backend.lines.contains { $0.contains("Reading the articles") })
        // The status line is back to the position; the note on R went with the next key.
        #expect(backend.lines[23].contains("article 1/2"))
        #expect(runtime.state.startFailure == nil)
    }

    @Test func quittingWhileReadingDoesNotWaitForTheArticles() {
        let gated = GatedLoad { ArticleReload(articles: [AnalyzedArticle(Fixtures.pasar)], loadedAt: Date()) }
        defer { gated.finish() }
        let (runtime, backend) = Self.reader(gated)
        backend.enqueue([.key(.char("q"))])
        #expect(runtime.run(pollMilliseconds: 0, stopWhenIdle: true) == 0)
        #expect(runtime.state.articles.isEmpty)
    }

    /// (what arrives, the reason the reader stops with)
    static let failures: [(ArticleReload, String)] = [
        (ArticleReload(articles: [], loadedAt: Date()), "no articles found"),
        (ArticleReload(failure: "/hilang: no such file or folder", loadedAt: Date()), "/hilang: no such file or folder"),
    ]

    @Test(arguments: failures)
    func nothingToReadStopsTheReaderWithTheReason(_ reload: ArticleReload, _ reason: String) {
        let gated = GatedLoad { reload }
        let (runtime, _) = Self.reader(gated)
        gated.finish()
        runtime.waitsForArticles = true
        #expect(runtime.run(pollMilliseconds: 0, stopWhenIdle: true) == 1)
        #expect(runtime.state.startFailure == reason)
    }

    @Test func aWarmStartLeavesTheFilesToBeCheckedAndWarningsReachTheStatusLine() {
        let gated = GatedLoad {
            var reload = ArticleReload(articles: [AnalyzedArticle(Fixtures.pasar)],
                                       warnings: ["/berita/rusak.md:3: the front matter has no closing ---"], loadedAt: Date())
            reload.unchecked = true
            return reload
        }
        let (runtime, backend) = Self.reader(gated)
        gated.finish()
        runtime.waitsForArticles = true
        _ = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
        #expect(runtime.state.articlesUnchecked)
        #expect(backend.lines[23].contains("1 article · warning: /berita/rusak.md:3: the front matter has no closing ---"))
    }

    @Test func aReloadShowsItsProgressOnTheStatusLine() {
        var state = Fixtures.state(width: 100, height: 24)
        #expect(state.press("R") == [.reloadArticles])
        _ = state.update(.loadProgress(LoadProgress(step: "reading", done: 1_500, total: 20_000)))
        #expect(state.screen[23].contains("reloading the articles… 1,500/20,000"))
        #expect(state.press("R").isEmpty)
        #expect(state.screen[23].contains("the articles are still being read"))
        _ = state.update(.articlesReloaded(ArticleReload(articles: [AnalyzedArticle(Fixtures.banjir)], loadedAt: Date())))
        #expect(state.screen[23].contains("1 article reloaded"))
        #expect(state.loading == nil)
    }

    /// A long article arriving is analysed in the background, as at an ordinary start: the
    /// reader shows it before its names and dates are found.
    @Test(arguments: [(1, false), (14_000, true)])
    func longArticlesArriveWithTheirNamesFoundInTheBackground(paragraphs: Int, background: Bool) {
        let text = String(repeating: "Presiden Joko Widodo meresmikan bendungan di Kabupaten Gowa pada Senin pagi. ", count: paragraphs)
        let article = Article(id: "pasar-modal", path: "/tmp/pasar-modal.md", title: "Saham Perbankan Menguat",
                              source: nil, date: nil, language: "id", url: nil, author: nil, tags: [], extra: [:],
                              blocks: [Block(kind: .paragraph, text: text, start: 0, end: 0)])
        var state = AppState.startingUp(analyzer: Fixtures.analyzer, width: 100, height: 24)
        let effects = state.update(.articlesReloaded(ArticleReload(articles: [AnalyzedArticle(article)], loadedAt: Date())))
        #expect(effects.contains(.analyseCorpus) == background)
        #expect(state.corpusPending == background)
        #expect(state.screen[0].contains("Article · pasar-modal"))
    }
}

/// A folder with an index: the reader opens on the titles and the first article, and the
/// other texts follow.
@Suite struct StartupHeadersTests {
    static func header(_ article: Article) -> AnalyzedArticle {
        AnalyzedArticle(Article(id: article.id, path: article.path, title: article.title, source: article.source,
                                date: article.date, language: nil, url: nil, author: nil, tags: [], extra: [:], blocks: []))
    }

    @Test func theTitlesAndTheFirstArticleAreShownAndTheRestFollow() {
        var state = AppState.startingUp(headers: [AnalyzedArticle(Fixtures.banjir), Self.header(Fixtures.pasar)],
                                        analyzer: Fixtures.analyzer, width: 100, height: 24)
        _ = state.update(.loadProgress(LoadProgress(step: "loading", done: 1, total: 2)))
        var screen = state.screen
        #expect(screen[0].contains("Articles (2)"))
        #expect(screen.contains { $0.contains("Banjir Rendam Semarang") })
        #expect(screen.contains { $0.contains("Saham Perbankan") })
        #expect(screen.contains { $0.contains("Hujan deras mengguyur kota sejak pagi.") })
        #expect(screen.contains { $0.contains("Kabar Uji · 2024-03-05 · ") && $0.contains(" words") })
        #expect(screen[23].contains("loading 1/2 articles…"))

        // The second article's text is not there yet: its title, and a line saying so.
        state.press("j Enter")
        screen = state.screen
        #expect(screen[0].contains("Article · pasar-modal"))
        #expect(screen.contains { $0.contains("source unknown · undated") && !$0.contains("words") })
        #expect(screen.contains { $0.contains("Reading the text…") })

        _ = state.update(.articlesReloaded(ArticleReload(articles: [Fixtures.banjir, Fixtures.pasar].map { AnalyzedArticle($0) },
                                                         loadedAt: Date())))
        screen = state.screen
        #expect(screen[0].contains("Article · pasar-modal"))
        #expect(screen.contains { $0.contains("Indeks naik tipis pada penutupan perdagangan.") })
        #expect(!screen.contains { $0.contains("Reading the text…") })
        #expect(screen[23].contains("article 2/2"))
        #expect(!state.startingUp)
    }
}

/// Names and dates the index kept arrive with the articles: the reader takes them instead of
/// recognising every article again, in the background for a large corpus.
@Suite struct StoredAnalysisReaderTests {
    /// `count` short articles, and an analysis that says each title's first word is a place
    /// (which the recogniser would not say of "Saham").
    static func corpus(_ count: Int) -> ArticleReload {
        let articles = (0..<count).map { number in
            AnalyzedArticle(Article(id: "saham-\(number)", path: "/berita/saham-\(number).md", title: "Saham Perbankan Menguat",
                                    source: nil, date: nil, language: "id", url: nil, author: nil, tags: [], extra: [:],
                                    blocks: [Block(kind: .paragraph, text: "Indeks naik tipis.", start: 0, end: 0)]))
        }
        var reload = ArticleReload(articles: articles, loadedAt: Date())
        reload.analysis = articles.map { _ in
            StoredAnalysis(mentions: [.title: [EntityMention(type: .location, start: 0, end: 5, text: "Saham")]])
        }
        return reload
    }

    @Test(arguments: [3, 400])
    func theStoredNamesAreTheOnesShown(count: Int) {
        let gated = StartupLoadTests.GatedLoad { Self.corpus(count) }
        let backend = TestBackend(width: 100, height: 24)
        let runtime = ReaderRuntime(state: .startingUp(analyzer: Fixtures.analyzer, width: 100, height: 24),
                                    backend: backend, startingLoad: gated.load)
        gated.finish()
        _ = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
        let entities = runtime.state.navigation.entities
        #expect(entities.map(\.name) == ["Saham"])
        #expect(entities.first?.mentions.count == count)
        #expect(runtime.state.storedAnalysis == nil)
        #expect(!runtime.state.corpusPending)
    }
}
