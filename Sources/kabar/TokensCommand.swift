import ArgumentParser
import KabarCLI
import KabarCore

/// `kabar tokens PATH [--json]`: the tokenizer's output, for scripts and checks.
struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tokens", abstract: "Print the tokens (or sentences) of articles or of a text.")

    @OptionGroup var common: CommonOptions
    @Flag(help: "Print JSON: {\"tokens\":[{\"article\",\"field\",\"kind\",\"text\",\"start\",\"end\"}]}.")
    var json = false
    @Flag(help: "Print sentences instead of tokens (with --json: both).")
    var sentences = false
    @Option(help: "Tokenize this text instead of articles (its article id is \"-\").")
    var text: String?
    @Argument(help: "Article files or folders (default: the articles folder).")
    var paths: [String] = []

    func run() throws {
        let analyzed: [AnalyzedArticle]
        if let text {
            guard paths.isEmpty else { throw CLIError("give either --text or PATHs, not both") }
            let normalized = TextNormalizer.nfc(text)
            analyzed = [AnalyzedArticle(Article(id: "-", path: "-", title: "", source: nil, date: nil, language: nil,
                                                url: nil, author: nil, tags: [], extra: [:],
                                                blocks: [Block(kind: .paragraph, text: normalized, start: 0, end: 0)]))]
        } else {
            let result = try common.load(paths)
            Output.warnings(result.warnings)
            analyzed = result.articles.map { AnalyzedArticle($0) }
        }
        if json {
            // Streamed: the tokens of a long article or a large folder are never all held.
            TokensReport.writeJSON(analyzed.map(\.article), sentences: sentences, to: Output.write)
            Output.write("\n")
        } else {
            Output.write(TokensReport.text(analyzed, sentences: sentences))
        }
    }
}
