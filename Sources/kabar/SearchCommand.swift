import ArgumentParser
import Foundation
import KabarCLI
import KabarCore

/// `kabar search QUERY [PATH...] [--json] [--limit N]`.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the articles: words (saing finds menyaingi), \"phrases\", OR, -word, prefix*, title:, source:, entity:, date:.")

    @OptionGroup var common: CommonOptions
    @Flag(help: "Print JSON: {\"query\",\"hits\":[{\"article\",\"title\",\"score\",\"snippet\",\"matches\":[{\"field\",\"start\",\"end\",\"text\"}]}]}.")
    var json = false
    @Option(help: "At most this many articles (default 10).")
    var limit = 10
    @Argument(help: "The query.")
    var query: String
    @Argument(help: "Article files or folders (default: the articles folder).")
    var paths: [String] = []

    func run() throws {
        guard limit > 0 else { throw CLIError("--limit must be at least 1") }
        let progress = ProgressLine()
        let opened = try IndexOpener.open(paths, locator: common.locator, progress: { progress.show("indexing", $0, $1, "articles") })
        progress.finish()
        Output.lines(opened.update.warnings + [opened.index.warning].compactMap { $0 }, prefix: "warning: ")
        let results = try opened.index.search(query, limit: limit)
        Output.lines(results.notes, prefix: "note: ")
        if json {
            Output.json(SearchReport.json(results))
        } else {
            Output.write(SearchReport.text(results))
        }
    }
}

/// `kabar index [PATH...]`.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "index",
                                                    abstract: "Build or update the search index, and print counts and timing.")

    @OptionGroup var common: CommonOptions
    @Argument(help: "Article files or folders (default: the articles folder).")
    var paths: [String] = []

    func run() throws {
        let progress = ProgressLine()
        let opened = try IndexOpener.open(paths, locator: common.locator, progress: { progress.show("indexing", $0, $1, "articles") })
        progress.finish()
        Output.lines(opened.update.warnings + [opened.index.warning].compactMap { $0 }, prefix: "warning: ")
        Output.write(SearchReport.indexSummary(opened.update, location: opened.index.path))
    }
}
