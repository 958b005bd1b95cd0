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
    @Argument(help: "Article files or folders (default: the articles folder).")
    var paths: [String] = []

    func run() throws {
        guard TerminalCheck.isInteractive() else {
            throw CLIError("the reader needs a terminal on stdin and stdout; use 'kabar show ID' or 'kabar list' to print articles")
        }
        let result = try common.locator.load(paths)
        guard !result.articles.isEmpty else {
            Output.warnings(result.warnings)
            throw CLIError("no articles found in \(try common.locator.paths(paths).joined(separator: ", "))")
        }
        let glossary = GlossaryLoader.load(userFolder: GlossaryLoader.userFolder())
        let warnings = result.warnings + glossary.warnings
        let historyFile = SearchHistoryFile()
        var state = AppState(articles: result.articles.map { AnalyzedArticle($0) },
                             warnings: warnings.map(\.description),
                             analyzer: MorphAnalyzer(glossary: glossary.glossary))
        do {
            state.searchHistory = try historyFile.load()
        } catch {
            state.status = "Search history not read from \(historyFile.path): \(error.localizedDescription)"
        }
        TerminalGuard.install()
        let backend: CursesBackend
        do {
            backend = try CursesBackend(mouse: true)
        } catch {
            throw CLIError("cannot start the terminal: \(error)")
        }
        let locator = common.locator
        let paths = paths
        let runtime = ReaderRuntime(state: state, backend: backend, hooks: .init(
            pendingSignal: { TerminalGuard.pendingSignal },
            suspend: { backend.suspend() }
        ), openSearch: { ReaderSearchEngine.open(paths, locator: locator) }, historyFile: historyFile)
        let status = runtime.run()
        backend.shutdown()
        Output.warnings(warnings)
        if status != 0 { throw ExitCode(status) }
    }
}
