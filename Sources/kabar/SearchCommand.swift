import ArgumentParser
import Foundation
import KabarApp
import KabarCLI
import KabarCore
import KabarSearch

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
    @Flag(help: "Check the folder's index file without changing it; exit status 1 when it is damaged.")
    var check = false
    @Argument(help: "Article files or folders (default: the articles folder).")
    var paths: [String] = []

    func run() throws {
        if check { return try runCheck() }
        let progress = ProgressLine()
        let opened = try IndexOpener.open(paths, locator: common.locator, progress: { progress.show("indexing", $0, $1, "articles") })
        progress.finish()
        Output.lines(opened.update.warnings + [opened.index.warning].compactMap { $0 }, prefix: "warning: ")
        Output.write(SearchReport.indexSummary(opened.update, location: opened.index.path))
    }
}

extension IndexCommand {
    /// `kabar index --check [FOLDER]`: "index ok: 2,000 articles in FILE", or each problem.
    func runCheck() throws {
        let locator = common.locator
        let resolved = try locator.paths(paths)
        var isDirectory: ObjCBool = false
        guard resolved.count == 1, FileManager.default.fileExists(atPath: resolved[0], isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw CLIError("--check takes one folder: only a folder has an index file")
        }
        let cache = IndexLocation.cacheDirectory(environment: locator.environment)
        guard let check = IndexCheck.run(folder: resolved[0], cacheDirectory: cache) else {
            throw CLIError("\(resolved[0]) has no search index yet (kabar index builds it)")
        }
        guard check.problems.isEmpty else {
            Output.write("index damaged: \(check.path)\n" + check.problems.map { "  \($0)\n" }.joined())
            throw ExitCode(1)
        }
        Output.write("index ok: \(LoadProgress.grouped(check.articles)) articles in \(check.path)"
                     + (check.fullTextChecked ? "\n" : " (another kabar is writing it: its full-text part was not checked)\n"))
    }
}
