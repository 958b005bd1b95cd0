import KabarCore

/// Tokenizer and sentence-splitter throughput on article text repeated to about 8 MB.
enum TokenizerBenchmark {
    static func run(_ articles: [Article]) {
        let sample = articles.map { $0.title + "\n\n" + $0.body }.joined(separator: "\n\n")
        let copies = max(1, 8_000_000 / max(1, sample.utf8.count))
        let text = Array(repeating: sample, count: copies).joined(separator: "\n\n")
        let megabytes = Double(text.utf8.count) / 1_000_000
        let tokenizer = Tokenizer()
        var tokens: [Token] = []
        var best = UInt64.max
        for _ in 0..<3 {
            best = min(best, Stopwatch.time { tokens = tokenizer.tokenize(text) })
        }
        let seconds = Double(best) / 1e9
        print("tokenize: \(String(format: "%.1f", megabytes)) MB, \(tokens.count) tokens in "
              + "\(String(format: "%.3f", seconds)) s = \(String(format: "%.1f", megabytes / seconds)) MB/s, "
              + "\(String(format: "%.1f", Double(tokens.count) / seconds / 1e6)) M tokens/s")
        var sentences = 0
        let splitTime = Stopwatch.time { sentences = SentenceSplitter().split(text, tokens: tokens).count }
        let splitSeconds = Double(splitTime) / 1e9
        print("sentences: \(sentences) in \(String(format: "%.3f", splitSeconds)) s = "
              + "\(String(format: "%.1f", megabytes / splitSeconds)) MB/s")
    }
}
