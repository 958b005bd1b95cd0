import ArgumentParser
import KabarCLI
import KabarCore

/// `kabar list [PATH...] [--json]`.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the articles.")

    @OptionGroup var common: CommonOptions
    @Flag(help: "Print JSON: {\"articles\":[{\"id\",\"title\",\"source\",\"date\",\"path\",\"words\"}]}.")
    var json = false
    @Argument(help: "Article files or folders (default: the articles folder).")
    var paths: [String] = []

    func run() throws {
        let analyzed = try common.analyzedArticles(paths)
        if json {
            Output.json(ListReport.json(analyzed))
        } else {
            Output.write(ListReport.text(analyzed))
        }
    }
}
