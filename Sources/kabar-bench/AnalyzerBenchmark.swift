import Foundation
import KabarCore

/// Morphological analysis throughput: word forms per second on running text (the articles'
/// words, repeated to 2 million tokens, so repeated types hit the cache as in real text),
/// and the cost of a first (uncached) analysis per distinct form.
enum AnalyzerBenchmark {
    static func run(_ articles: [Article]) {
        let tokenizer = Tokenizer()
        let words = articles.flatMap { article in
            (tokenizer.tokenize(article.title) + tokenizer.tokenize(article.body)).filter { $0.kind == .word }.map(\.text)
        }
        guard !words.isEmpty else { return }
        let glossary = GlossaryLoader.builtIn
        var corpus: [String] = []
        corpus.reserveCapacity(2_000_000)
        while corpus.count < 2_000_000 { corpus += words }
        let types = Array(Set(words))

        let coldAnalyzer = MorphAnalyzer(glossary: glossary)
        let coldTime = Stopwatch.time { for form in types { _ = coldAnalyzer.analyze(form) } }
        let analyzer = MorphAnalyzer(glossary: glossary)
        var readings = 0
        let time = Stopwatch.time {
            for form in corpus { readings += analyzer.analyze(form).count }
        }
        let seconds = Double(time) / 1e9
        print("analyze: \(corpus.count) word forms (\(types.count) types) in \(String(format: "%.3f", seconds)) s = "
              + "\(String(format: "%.2f", Double(corpus.count) / seconds / 1e6)) M forms/s; "
              + "first analysis of a type: \(Stopwatch.microseconds(coldTime / UInt64(types.count))) each; "
              + "glossary: \(glossary.count) headwords")
    }
}
