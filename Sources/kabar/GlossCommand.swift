import ArgumentParser
import Foundation
import KabarCLI
import KabarCore

/// `kabar gloss WORD... [--json]` and `kabar gloss --article ID|PATH [--json]`.
struct GlossCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gloss",
        abstract: "Explain word forms: lemma, root, affixes, part of speech and English gloss.",
        discussion: "Uses the built-in glossary plus $XDG_CONFIG_HOME/kabar/glossary (*.tsv files and dictd dictionaries), then the configuration's glossaries and dictionaries."
    )

    @OptionGroup var common: CommonOptions
    @Flag(help: "Print JSON: {\"results\":[{\"word\",\"analyses\":[{\"lemma\",\"root\",\"affixes\",\"pos\",\"gloss\",\"source\"}]}]}.")
    var json = false
    @Option(help: "Print this article's vocabulary (id or path) instead: each lemma with its count, gloss and forms.")
    var article: String?
    @Argument(help: "Word forms to explain.")
    var words: [String] = []

    func run() throws {
        let config = common.configuration
        let loaded = GlossaryLoader.load(userFolder: GlossaryLoader.userFolder(),
                                         glossaries: config.glossaries, dictionaries: config.dictionaries)
        Output.warnings(loaded.warnings)
        let analyzer = MorphAnalyzer(glossary: loaded.glossary)
        if let article {
            guard words.isEmpty else { throw CLIError("give either WORDs or --article, not both") }
            let found = try common.locator.article(article)
            Output.warnings(found.warnings)
            let items = GlossReport.vocabulary(of: AnalyzedArticle(found.article), analyzer: analyzer)
            if json {
                Output.json(GlossReport.vocabularyJSON(items, article: found.article.id))
            } else {
                Output.write(GlossReport.vocabularyText(items))
            }
            return
        }
        guard !words.isEmpty else { throw CLIError("give at least one WORD, or --article ID") }
        let forms = words.map(TextNormalizer.nfc)
        if json {
            Output.json(GlossReport.json(words: forms, analyzer: analyzer))
        } else {
            Output.write(GlossReport.text(words: forms, analyzer: analyzer))
        }
    }
}
