import Foundation
import KabarCore

// kabar-bench: release benchmarks of Kabar's own work.
//
//     swift run -c release kabar-bench            # every benchmark
//     swift run -c release kabar-bench redraw     # one of: redraw, tokenize, analyze, entities
//     swift run -c release kabar-bench redraw --articles DIR

let arguments = Array(CommandLine.arguments.dropFirst())
var articlesFolder = "Articles"
if let index = arguments.firstIndex(of: "--articles"), index + 1 < arguments.count {
    articlesFolder = arguments[index + 1]
}
let names = arguments.filter { !$0.hasPrefix("--") && $0 != articlesFolder }
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
]
for (name, run) in benchmarks where names.isEmpty || names.contains(name) {
    run(loaded.articles)
}
