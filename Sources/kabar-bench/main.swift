import Foundation
import KabarCore

// kabar-bench: release benchmarks of Kabar's own work.
//
//     swift run -c release kabar-bench            # every benchmark
//     swift run -c release kabar-bench redraw     # one of: redraw, tokenize, analyze, entities, search
//     swift run -c release kabar-bench redraw --articles DIR
//     swift run -c release kabar-bench search --articles-count 20000 --seed 20250113

let arguments = Array(CommandLine.arguments.dropFirst())
/// The value after `--name`, if any.
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let valueOptions = ["--articles", "--articles-count", "--seed"]
let articlesFolder = option("--articles") ?? "Articles"
let searchArticleCount = option("--articles-count").flatMap(Int.init).map { max(1, $0) } ?? 20_000
let searchSeed = option("--seed").flatMap(UInt64.init) ?? SyntheticCorpus.defaultSeed
let names = arguments.enumerated().filter { index, argument in
    !argument.hasPrefix("--") && !(index > 0 && valueOptions.contains(arguments[index - 1]))
}.map(\.element)
let loaded = ArticleLoader().load(paths: [articlesFolder])
guard !loaded.articles.isEmpty else {
    FileHandle.standardError.write(Data("kabar-bench: no articles in \(articlesFolder)\n".utf8))
    exit(2)
}
#if DEBUG
print("warning: a debug build; measure with `swift run -c release kabar-bench`")
#endif
let benchmarks: [(String, ([Article]) -> Void)] = [
    ("redraw", RedrawBenchmark.run),
    ("tokenize", TokenizerBenchmark.run),
    ("analyze", AnalyzerBenchmark.run),
    ("entities", EntityEval.run),
    ("search", { _ in SearchBenchmark.run(count: searchArticleCount, seed: searchSeed) }),
]
for (name, run) in benchmarks where names.isEmpty || names.contains(name) {
    run(loaded.articles)
}
