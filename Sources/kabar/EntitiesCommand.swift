import ArgumentParser
import KabarCLI
import KabarCore

/// `kabar entities [PATH...] [--json] [--type T]`.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities",
                                                    abstract: "List the people, organisations, places, products and events.")

    @OptionGroup var common: CommonOptions
    @Flag(help: "Print JSON: {\"entities\":[{\"id\",\"name\",\"type\",\"mentions\":[{\"article\",\"field\",\"start\",\"end\",\"text\"}]}]}.")
    var json = false
    @Option(help: "Only this type: person, organization, location, product or event.")
    var type: String?
    @Argument(help: "Article files or folders (default: the articles folder).")
    var paths: [String] = []

    func run() throws {
        var wanted: EntityType?
        if let type {
            guard let parsed = EntityType(rawValue: type.lowercased()) else {
                throw CLIError("--type must be one of person, organization, location, product, event")
            }
            wanted = parsed
        }
        var entities = EntityIndex().entities(of: try common.analyzedArticles(paths))
        if let wanted { entities = entities.filter { $0.type == wanted } }
        if json {
            Output.json(EntitiesReport.json(entities))
        } else {
            Output.write(EntitiesReport.text(entities))
        }
    }
}
