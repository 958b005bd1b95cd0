import ArgumentParser
import KabarCLI
import KabarCore

/// `kabar timeline [PATH...] [--json]`.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timeline",
                                                    abstract: "List the dates and times the articles mention, in calendar order.")

    @OptionGroup var common: CommonOptions
    @Flag(help: "Print JSON: {\"events\":[{\"value\",\"type\",\"text\",\"article\",\"field\",\"start\",\"end\",\"sentence\",\"entities\":[names]}]}.")
    var json = false
    @Argument(help: "Article files or folders (default: the articles folder).")
    var paths: [String] = []

    func run() throws {
        let analyzed = try common.analyzedArticles(paths)
        let entities = EntityIndex().entities(of: analyzed)
        let events = TimelineIndex().events(of: analyzed, entities: entities)
        if json {
            Output.json(TimelineReport.json(events))
        } else {
            Output.write(TimelineReport.text(events))
        }
    }
}
