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
        // files are checked against it in the background (see AppState.articlesUnchecked). A
        // large folder shows its progress on the terminal until the reader takes it over.
        let loadedAt = Date()
        let progress = ProgressLine()
        let warm = WarmStart.load(paths, locator: common.locator, checkFiles: false, progress: { progress.show($0, $1, $2, "articles") })
        let result = try warm ?? common.locator.load(paths, progress: { progress.show("loading", $0, $1, "articles") })
        progress.finish()
        guard !result.articles.isEmpty else {
            Output.warnings(result.warnings)
            throw CLIError("no articles found in \(try common.locator.paths(paths).joined(separator: ", "))")
        }
        // Settings problems were reported by CommonOptions.validate; the status line repeats the first.
        let config = common.configuration
        let glossary = GlossaryLoader.load(userFolder: GlossaryLoader.userFolder(),
                                           glossaries: config.glossaries, dictionaries: config.dictionaries)
        let themes = ThemeRing.load(.standard(), selected: theme ?? config.theme)
        let themeProblems = themes.problem.map { ["\($0) (using the default theme)"] } ?? []
        let warnings = result.warnings + glossary.warnings
        let historyFile = SearchHistoryFile()
        // Laid out for the terminal's size from the start: a long article is not laid out
        // again when the reader starts.
        let size = TerminalCheck.size() ?? (80, 24)
        var state = AppState(articles: result.articles.map { AnalyzedArticle($0) },
                             warnings: config.problems.map(\.description) + themeProblems + warnings.map(\.description),
                             analyzer: MorphAnalyzer(glossary: glossary.glossary), width: size.width, height: size.height)
        state.articlesUnchecked = warm != nil
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
        let locator = common.locator
        let paths = paths
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
        source: ArticleSource(loadedAt: loadedAt) { Self.reload(paths, locator: locator) })
        let status = runtime.run()
        backend.shutdown()
        Output.lines(themeProblems, prefix: "warning: ")
        Output.warnings(warnings)
        if status != 0 { throw ExitCode(status) }
    }

    /// The articles read again for `R`, the same way as at start.
    static func reload(_ paths: [String], locator: ArticleLocator) -> ArticleReload {
        let started = Date()
        do {
            let result = try WarmStart.load(paths, locator: locator) ?? locator.load(paths)
            return ArticleReload(articles: result.articles.map { AnalyzedArticle($0) },
                                 warnings: result.warnings.map(\.description), loadedAt: started)
        } catch let error as CLIError {
            return ArticleReload(failure: error.message, loadedAt: started)
        } catch {
            return ArticleReload(failure: "\(error)", loadedAt: started)
        }
    }
}
