import ArgumentParser
import Foundation
import KabarApp
import KabarCLI
import KabarCore

/// Options every subcommand that reads articles takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "The articles folder used when no PATH is given.")
    var articles: String?
    @Option(name: .long, help: "The configuration file (default: $XDG_CONFIG_HOME/kabar/config.toml).")
    var config: String?

    /// The configuration file's settings (defaults when there is none).
    var configuration: Configuration { Configuration.load(explicitPath: config) }

    var locator: ArticleLocator { locator(configuration) }

    /// The locator for settings already read (the file is read once per use of `configuration`).
    func locator(_ configuration: Configuration) -> ArticleLocator {
        ArticleLocator(articlesOption: articles, configuredFolder: configuration.articles)
    }

    /// The articles of `paths` (or the default folder), ready for analysis; load warnings go
    /// to stderr, one line each, and so does the progress of a long load.
    func analyzedArticles(_ paths: [String]) throws -> [AnalyzedArticle] {
        let result = try load(paths)
        Output.warnings(result.warnings)
        return result.articles.map { AnalyzedArticle($0) }
    }

    /// The articles of `paths` (or the default folder), with the progress of a long load on stderr.
    func load(_ paths: [String]) throws -> LoadResult {
        let progress = ProgressLine()
        defer { progress.finish() }
        return try locator.load(paths, progress: { progress.show("loading", $0, $1, "articles") })
    }

    /// A broken configuration never stops a command: each problem is one line on stderr.
    func validate() throws {
        Output.lines(configuration.problems.map(\.description), prefix: "warning: ")
    }
}
