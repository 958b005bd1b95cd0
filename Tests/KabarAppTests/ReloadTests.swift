import Foundation
import KabarApp
import KabarCore
import KabarTUI
import Testing

/// Files changing under the reader: a deleted or rewritten article gives a one-line
/// message, never a crash, and `R` reads the folder again, keeping the open article.
@Suite struct ReloadTests {
    /// A reader on a real folder, with the runtime watching its files and able to reload.
    struct Reader {
        let folder = TempFolder()
        var runtime: ReaderRuntime!
        let backend = TestBackend(width: 140, height: 30)

        init(_ files: [String: String]) {
            for (name, text) in files { folder.write(name, text) }
            let loadedAt = Date()
            let articles = ArticleLoader().load(paths: [folder.path]).articles.map { AnalyzedArticle($0) }
            let state = AppState(articles: articles, analyzer: Fixtures.analyzer, width: 140, height: 30)
            let path = folder.path
            runtime = ReaderRuntime(state: state, backend: backend, source: ArticleSource(loadedAt: loadedAt) {
                let started = Date()
                let result = ArticleLoader().load(paths: [path])
                return ArticleReload(articles: result.articles.map { AnalyzedArticle($0) },
                                     warnings: result.warnings.map(\.description), loadedAt: started)
            })
            _ = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
        }

        /// Sends keys and returns the screen once everything they started is done.
        @discardableResult
        func press(_ keys: String) -> [String] {
            backend.enqueue(KeyParser.keys(keys).map(InputEvent.key))
            _ = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
            return backend.lines
        }

        var statusLine: String { backend.lines.last ?? "" }
        func file(_ name: String) -> String { (folder.path as NSString).appendingPathComponent(name) }
    }

    static let files = [
        "a-banjir.md": "---\ntitle: Banjir Rendam Semarang\n---\nHujan deras mengguyur kota sejak pagi.\n",
        "b-gempa.md": "---\ntitle: Gempa Guncang Cianjur\n---\nWarga mengungsi ke lapangan.\n",
        "c-pasar.md": "---\ntitle: Saham Perbankan Menguat\n---\nIndeks naik tipis.\n",
    ]

    @Test func aDeletedOpenArticleGivesAMessageAndRReloadsWithoutIt() throws {
        let reader = Reader(Self.files)
        defer { reader.folder.remove() }
        var screen = reader.press("j Enter")
        #expect(screen[0].contains("Article · b-gempa"))

        try FileManager.default.removeItem(atPath: reader.file("b-gempa.md"))
        reader.press("w")
        #expect(reader.statusLine.contains("the file of b-gempa was deleted on disk · R reloads"))
        // The article read before stays on screen.
        #expect(reader.backend.lines.contains { $0.contains("Warga mengungsi ke lapangan.") })

        screen = reader.press("R")
        #expect(reader.statusLine.contains("article b-gempa was deleted · 2 articles reloaded"))
        #expect(screen[0].contains("Articles (2)"))
        #expect(!screen.contains { $0.contains("Gempa Guncang Cianjur") })
        // The article now in its place is open.
        #expect(screen[0].contains("Article · c-pasar"))
    }

    @Test func aRewrittenOpenArticleIsReadAgainAtTheSameWord() throws {
        let reader = Reader(Self.files)
        defer { reader.folder.remove() }
        reader.press("Tab w w")
        #expect(reader.statusLine.contains("word 3/"))

        reader.folder.write("a-banjir.md", "---\ntitle: Banjir Rendam Semarang\n---\nHujan deras mengguyur kota sejak pagi.\n\nAir mulai surut malam ini.\n")
        // Written "later" than the load, whatever the file system's clock granularity.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)],
                                              ofItemAtPath: reader.file("a-banjir.md"))
        reader.press("C-l")
        #expect(reader.statusLine.contains("the file of a-banjir changed on disk · R reloads"))
        #expect(!reader.backend.lines.contains { $0.contains("Air mulai surut") })

        let screen = reader.press("R")
        #expect(reader.statusLine.contains("3 articles reloaded"))
        #expect(screen[0].contains("Article · a-banjir"))
        #expect(screen.contains { $0.contains("Air mulai surut malam ini.") })

        // The status line's position is back after the next key: still the third word.
        reader.press("C-l")
        #expect(reader.statusLine.contains("word 3/"))
    }

    @Test func aNewArticleAppearsAndTheSelectionStays() {
        let reader = Reader(Self.files)
        defer { reader.folder.remove() }
        reader.press("j j Enter")
        reader.folder.write("0-cuaca.md", "---\ntitle: Cuaca Cerah Hari Ini\n---\nLangit cerah.\n")
        let screen = reader.press("R")
        #expect(reader.statusLine.contains("4 articles reloaded"))
        #expect(screen.contains { $0.contains("Cuaca Cerah Hari Ini") })
        #expect(screen[0].contains("Article · c-pasar"))
    }

    @Test func everyFileDeletedLeavesAnEmptyReaderNotACrash() throws {
        let reader = Reader(Self.files)
        defer { reader.folder.remove() }
        for name in Self.files.keys { try FileManager.default.removeItem(atPath: reader.file(name)) }
        let screen = reader.press("R j k Enter w")
        #expect(screen[0].contains("Articles (0)"))
        reader.folder.write("d-baru.md", "---\ntitle: Artikel Baru\n---\nIsi baru.\n")
        let again = reader.press("R")
        #expect(reader.statusLine.contains("1 article reloaded"))
        #expect(again.contains { $0.contains("Artikel Baru") })
    }

    @Test func aFailedReloadKeepsTheArticles() {
        let backend = TestBackend(width: 80, height: 24)
        let runtime = ReaderRuntime(state: Fixtures.state(), backend: backend, source: ArticleSource(loadedAt: .distantFuture) {
            ArticleReload(failure: "/hilang: no such folder", loadedAt: Date())
        })
        backend.enqueue([.key(.char("R"))])
        _ = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
        #expect(backend.lines[23].contains("reload failed, the articles shown are kept: /hilang: no such folder"))
        #expect(backend.lines[0].contains("Articles (2)"))
    }

    @Test func withoutASourceRSaysSo() {
        let backend = TestBackend(width: 80, height: 24)
        backend.enqueue([.key(.char("R"))])
        let runtime = ReaderRuntime(state: Fixtures.state(), backend: backend)
        _ = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
        #expect(backend.lines[23].contains("these articles can't be reloaded"))
    }

    @Test func reloadIsANamedCommandInTheHelpAndCanBeRebound() {
        var state = Fixtures.state(width: 100, height: 60)
        state.press("?")
        #expect(state.screen.contains { $0.contains("R ") && $0.contains("reload the articles from disk") })

        let config = Configuration.parse("[keys]\nreload = \"C-r\"\n", path: "c.toml")
        #expect(config.problems.isEmpty)
        var rebound = Fixtures.state()
        rebound.configure(themes: .builtIn, colorDepth: .palette256, keymap: config.keymap)
        #expect(rebound.press("C-r") == [.reloadArticles])
        #expect(rebound.press("R").isEmpty)
    }
}
