import Foundation
import KabarApp
import KabarCLI
import KabarCore
import KabarSearch
import KabarTUI

/// Time from start to the reader's first frame with a warm index: the same steps as
/// `kabar` (read the titles and the first article back from the folder's index — the texts
/// are read and the files checked after the first frame, in the background — build the
/// state, render the first frame at 200×60), without the terminal itself. The index is
/// built first (cold), in a cache folder of its own. The built-in glossary, read once per
/// process while the reader reads the titles, is timed on its own.
enum StartBenchmark {
    static func run(folder: String, runs: Int = 5) {
        // KABAR_BENCH_KEEP_INDEX=1 keeps the index between runs of the benchmark (to measure
        // the warm start again without the cold build); by default it is built anew and deleted.
        let keep = ProcessInfo.processInfo.environment["KABAR_BENCH_KEEP_INDEX"] == "1"
        let cache = NSTemporaryDirectory() + (keep ? "kabar-bench-start-kept" : "kabar-bench-start-\(getpid())")
        defer { if !keep { try? FileManager.default.removeItem(atPath: cache) } }
        let environment = ["XDG_CACHE_HOME": cache, "HOME": NSHomeDirectory()]
        let locator = ArticleLocator(articlesOption: folder, environment: environment)
        let index = SearchIndex.open(folder: folder, cacheDirectory: cache + "/kabar")
        var built = IndexUpdate()
        let buildTime = Stopwatch.time { built = (try? index.update(folder: folder)) ?? IndexUpdate() }
        let glossary = Stopwatch.time { _ = GlossaryLoader.readBuiltIn() }
        var times: [Double] = []
        var count = 0
        // The last run's state is freed outside the timed part (the reader never frees it).
        var kept: AppState?
        for _ in 0..<runs {
            kept = nil
            let time = Stopwatch.time {
                // As the reader: the texts are read and the files checked afterwards, in the background.
                guard let headers = WarmStart.headers([], locator: locator) else { return }
                let state = AppState.startingUp(headers: headers.map { AnalyzedArticle($0) }, width: 200, height: 60)
                var frame = Buffer(width: 0, height: 0)
                render(state, into: &frame)
                kept = state
            }
            times.append(Double(time) / 1e6)
        }
        // Where the time goes (one more run, phase by phase, the same calls as above).
        var phases: [(String, UInt64)] = []
        var opened: SearchIndex?
        phases.append(("open", Stopwatch.time { opened = SearchIndex.open(folder: folder, cacheDirectory: cache + "/kabar") }))
        let check = Stopwatch.time { _ = try? opened?.update(folder: folder) }
        var headers: [Article] = []
        phases.append(("read titles", Stopwatch.time { headers = (try? opened?.articleHeaders()) ?? [] }))
        var analyzed: [AnalyzedArticle] = []
        phases.append(("analysed wrappers", Stopwatch.time { analyzed = headers.map { AnalyzedArticle($0) } }))
        var state = AppState(articles: [], width: 200, height: 60)
        phases.append(("state", Stopwatch.time { state = AppState.startingUp(headers: analyzed, width: 200, height: 60) }))
        var frame = Buffer(width: 0, height: 0)
        phases.append(("first frame", Stopwatch.time { render(state, into: &frame) }))
        let texts = Stopwatch.time { _ = try? opened?.articles() }
        print("search warm start phases: " + phases.map { String(format: "%@ %.0f ms", $0.0, Double($0.1) / 1e6) }.joined(separator: ", ")
              + String(format: "; built-in glossary (once per process, beside the titles) %.0f ms", Double(glossary) / 1e6)
              + String(format: "; then in the background: texts read in %.0f ms, files checked in %.0f ms",
                       Double(texts) / 1e6, Double(check) / 1e6))
        count = kept?.articles.count ?? 0
        kept = nil
        times.sort()
        let median = times[times.count / 2]
        print(String(format: "search warm start: %d articles (index built cold in %.1f s, %d added); warm start to first frame: median %.0f ms, best %.0f ms (bar ≤ 200 ms: %@)",
                     count, Double(buildTime) / 1e9, built.added, median, times[0], median <= 200 ? "PASS" : "FAIL"))
    }
}
