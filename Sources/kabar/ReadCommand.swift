import ArgumentParser
import Foundation
import KabarApp
import KabarCLI
import KabarCore
import KabarCurses

/// `kabar read [PATH...]`: the full-screen reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Open the full-screen reader (the default).")

    @OptionGroup var common: CommonOptions
    @Option(help: "The colour theme: default, light, terminal, high-contrast, mono, one of yours, or a .toml file.")
    var theme: String?
    @Argument(help: "Article files or folders (default: the articles folder).")
    var paths: [String] = []

    func run() throws {
        guard TerminalCheck.isInteractive() else {
            throw CLIError("the reader needs a terminal on stdin and stdout; use 'kabar show ID' or 'kabar list' to print articles")
        }
        // With a search index already built for the folder, the articles come from it; the
        // files are checked against it in the background (see AppState.articlesUnchecked).
        // They are read on a thread of their own while the settings load; a folder read in
        // a moment opens with its articles, a larger one opens the reader at once, showing
        // the titles the index has (or else how far the reading has got) until they arrive
        // (`AppState.startingUp`).
        let loadedAt = Date()
        // Settings problems were reported by CommonOptions.validate; the status line repeats the first.
        let config = common.configuration
        let locator = common.locator(config)
        let paths = paths
        let load = PendingLoad { progress in
            Self.read(paths, locator: locator, checkFiles: false, startedAt: loadedAt, progress: progress)
        }
        // The glossary is read beside the titles.
        let glossaryLoad = BackgroundValue {
            GlossaryLoader.load(userFolder: GlossaryLoader.userFolder(), glossaries: config.glossaries, dictionaries: config.dictionaries)
        }
        let themes = ThemeRing.load(.standard(), selected: theme ?? config.theme)
        let themeProblems = themes.problem.map { ["\($0) (using the default theme)"] } ?? []
        // A folder with an index shows its titles and first article without waiting for the
        // rest; any other waits a moment for its articles.
        let headers = load.done == nil ? WarmStart.headers(paths, locator: locator) : nil
        let quick = load.wait(seconds: headers != nil ? 0 : max(0, Self.quickStartSeconds + loadedAt.timeIntervalSinceNow))
        let glossary = glossaryLoad.value
        if let quick { try Self.checkFound(quick, paths: paths, locator: locator) }
        let settingsWarnings = config.problems.map(\.description) + themeProblems + glossary.warnings.map(\.description)
        let historyFile = SearchHistoryFile()
        // Laid out for the terminal's size from the start: a long article is not laid out
        // again when the reader starts.
        let size = TerminalCheck.size() ?? (80, 24)
        var state: AppState
        let analyzer = MorphAnalyzer(glossary: glossary.glossary)
        if let quick {
            state = AppState(articles: quick.articles, warnings: settingsWarnings + quick.warnings,
                             analyzer: analyzer, width: size.width, height: size.height)
            state.articlesUnchecked = quick.unchecked
            state.storedAnalysis = quick.analysis
        } else {
            state = .startingUp(headers: (headers ?? []).map { AnalyzedArticle($0) }, warnings: settingsWarnings,
                                analyzer: analyzer, width: size.width, height: size.height)
        }
        do {
            state.searchHistory = try historyFile.load()
        } catch {
            state.status = "Search history not read from \(historyFile.path): \(error.localizedDescription)"
        }
        TerminalGuard.install()
        let backend: CursesBackend
        do {
            backend = try CursesBackend(mouse: config.mouse)
        } catch {
            throw CLIError("cannot start the terminal: \(error)")
        }
        state.configure(themes: themes, colorDepth: backend.colorDepth, mouse: config.mouse,
                        paneWidths: config.paneWidths, keymap: config.keymap)
        let runtime = ReaderRuntime(state: state, backend: backend, hooks: .init(
            pendingSignal: { TerminalGuard.pendingSignal },
            suspend: { backend.suspend() },
            setMouse: { backend.setMouse($0) },
            suspendRequested: { TerminalGuard.takeSuspendRequest() },
            redrawRequested: {
                guard TerminalGuard.takeRedrawRequest() else { return false }
                backend.restoreModesAfterContinue()
                return true
            }
        ), openSearch: { ReaderSearchEngine.open(paths, locator: locator) }, historyFile: historyFile,
        source: ArticleSource(loadedAt: loadedAt, loadWithProgress: { progress in
            Self.read(paths, locator: locator, checkFiles: true, startedAt: Date(), progress: progress)
        }), startingLoad: quick == nil ? load : nil)
        let status = runtime.run()
        backend.shutdown()
        Output.lines(themeProblems, prefix: "warning: ")
        // Articles that arrived in the reader and found nothing stop it; they say why here.
        if quick == nil, runtime.state.startFailure != nil, let reload = load.done {
            Output.lines(glossary.warnings.map(\.description), prefix: "warning: ")
            try Self.checkFound(reload, paths: paths, locator: locator)
        }
        Output.lines(((quick ?? load.done)?.warnings ?? []) + glossary.warnings.map(\.description), prefix: "warning: ")
        if status != 0 { throw ExitCode(status) }
    }

    /// How long the reader waits for its articles before it opens without them.
    static let quickStartSeconds = 0.3

    /// Stops with a one-line error when nothing could be read or no article was found.
    static func checkFound(_ reload: ArticleReload, paths: [String], locator: ArticleLocator) throws {
        if let failure = reload.failure { throw CLIError(failure) }
        guard reload.articles.isEmpty else { return }
        Output.lines(reload.warnings, prefix: "warning: ")
        throw CLIError("no articles found in \(try locator.paths(paths).joined(separator: ", "))")
    }

    /// The articles, read as at start: from the folder's search index when it has one
    /// (with `checkFiles`, brought up to date with the files first) with the names and dates
    /// it found in them, otherwise from the files.
    static func read(_ paths: [String], locator: ArticleLocator, checkFiles: Bool, startedAt: Date,
                     progress: @escaping @Sendable (LoadProgress) -> Void) -> ArticleReload {
        do {
            if let (warm, analysis) = WarmStart.loadWithAnalysis(paths, locator: locator, checkFiles: checkFiles,
                                                                 progress: { progress(LoadProgress(step: $0, done: $1, total: $2)) }) {
                var reload = ArticleReload(articles: warm.articles.map { AnalyzedArticle($0) },
                                           warnings: warm.warnings.map(\.description), loadedAt: startedAt)
                reload.unchecked = !checkFiles
                reload.analysis = analysis
                return reload
            }
            let result = try locator.load(paths, progress: { progress(LoadProgress(step: "reading", done: $0, total: $1)) })
            return ArticleReload(articles: result.articles.map { AnalyzedArticle($0) },
                                 warnings: result.warnings.map(\.description), loadedAt: startedAt)
        } catch let error as CLIError {
            return ArticleReload(failure: error.message, loadedAt: startedAt)
        } catch {
            return ArticleReload(failure: "\(error)", loadedAt: startedAt)
        }
    }
}
