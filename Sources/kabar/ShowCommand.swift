import ArgumentParser
import Foundation
import KabarApp
import KabarCLI
import KabarCore
import KabarCurses

/// `kabar show ID|PATH`: one article as formatted text.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print one article, wrapped to the terminal.")

    @OptionGroup var common: CommonOptions
    @Option(help: "Wrap to this many columns (default: the terminal's width, or 80).")
    var width: Int?
    @Option(help: "The colour theme (default: the configured one): default, light, terminal, high-contrast, mono, one of yours, or a .toml file.")
    var theme: String?
    @Argument(help: "An article id (its file name without extension) or a file path.")
    var article: String

    func run() throws {
        if let width, width < 20 { throw CLIError("--width must be at least 20") }
        let config = common.configuration
        let found = try common.locator(config).article(article)
        Output.warnings(found.warnings)
        let isTerminal = isatty(STDOUT_FILENO) == 1
        let columns = width ?? (isTerminal ? TerminalCheck.columns() : nil) ?? 80
        let color = ShowRenderer.useColor(isTerminal: isTerminal, environment: ProcessInfo.processInfo.environment)
        // The reader's theme, so an article looks the same in both; a theme that does not
        // load is one line on stderr, and the default is used.
        let themes = ThemeRing.load(.standard(), selected: theme ?? config.theme)
        if let problem = themes.problem { Output.lines(["\(problem) (using the default theme)"], prefix: "warning: ") }
        Output.writeRaw(ShowRenderer.render(AnalyzedArticle(found.article), width: columns, color: color, theme: themes.theme))
    }
}
