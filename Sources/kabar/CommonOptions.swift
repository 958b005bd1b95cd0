import ArgumentParser
import KabarCLI

/// Options every subcommand that reads articles takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "The articles folder used when no PATH is given.")
    var articles: String?

    var locator: ArticleLocator { ArticleLocator(articlesOption: articles) }
}
