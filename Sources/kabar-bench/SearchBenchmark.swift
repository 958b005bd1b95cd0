import Foundation
import KabarCore
import KabarSearch

/// The search index at scale, on a synthetic corpus (20,000 articles by default, about
/// 59 MB): build speed of the text alone with Kabar's tokenizer and with SQLite's unicode61,
/// and of the whole index as `kabar index` builds it (names and dates too), query latency
/// with snippets and match offsets, and the process's peak memory, each against its bar.
/// The corpus is generated into a temporary folder once per seed and count, then reused;
/// every index is built from scratch in a fresh cache folder, deleted once measured.
///
///     KABAR_BENCH_SEARCH=kabar,queries,unicode61,enriched   only some of the parts
///     KABAR_BENCH_VERBOSE=1                                  the slow queries, one by one
enum SearchBenchmark {
    static let minimumBuildSpeed = 10.0  // MB/s, Kabar's tokenizer: the text alone, and as kabar index builds it
    static let maximumBuildRatio = 1.5  // kabar / unicode61 build time
    static let maximumP99 = 25.0  // ms per query
    static let maximumPeakMemory = 300.0  // MB

    static func run(count: Int, seed: UInt64) {
        let temporary = NSTemporaryDirectory().hasSuffix("/") ? NSTemporaryDirectory() : NSTemporaryDirectory() + "/"
        let folder = temporary + "kabar-bench-corpus-v\(SyntheticCorpus.version)-s\(seed)-n\(count)"
        let cacheRoot = temporary + "kabar-bench-search-cache-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? FileManager.default.removeItem(atPath: cacheRoot) }

        let corpus = SyntheticCorpus(seed: seed)
        var written: (bytes: Int, reused: Bool) = (0, false)
        let generating = Stopwatch.time {
            do { written = try corpus.write(count: count, to: folder) } catch {
                print("search: cannot write the corpus to \(folder): \(error)")
            }
        }
        guard written.bytes > 0 else { return }
        // Every file read once, so each build finds them in the page cache alike.
        let files = ArticleFolderScanner(folder: folder).files
        var bytes = 0
        for file in files { bytes += FileManager.default.contents(atPath: file)?.count ?? 0 }
        let megabytes = Double(bytes) / 1e6
        print("search corpus: \(files.count) articles, \(String(format: "%.1f", megabytes)) MB "
              + "(\(String(format: "%.1f", Double(bytes) / Double(max(1, files.count)) / 1000)) KB each), seed \(seed), "
              + (written.reused ? "reused" : "generated in \(String(format: "%.1f", Double(generating) / 1e9)) s")
              + " in \(folder); vocabulary \(corpus.words.count) forms, \(corpus.roots.count) roots from \(corpus.vocabularySource)")

        let parts = ProcessInfo.processInfo.environment["KABAR_BENCH_SEARCH"].map { Set($0.split(separator: ",").map(String.init)) }
        func wanted(_ part: String) -> Bool { parts?.contains(part) ?? true }

        // Kabar's tokenizer, text only: the bar.
        var kabar: Build?
        if wanted("kabar") || wanted("queries") {
            guard let built = build(folder, cache: cacheRoot + "/kabar", tokenizer: .kabar, enrich: false) else { return }
            kabar = built
            let speed = megabytes / built.seconds
            print("search build, text only, kabar tokenizer: \(built.articles) articles in \(built.times) = "
                  + "\(String(format: "%.1f", speed)) MB/s (bar ≥ \(String(format: "%.0f", minimumBuildSpeed)) MB/s) "
                  + verdict(speed >= minimumBuildSpeed))
        }
        if wanted("queries") { queries(folder, cache: cacheRoot + "/kabar", corpus: corpus) }
        try? FileManager.default.removeItem(atPath: cacheRoot + "/kabar")

        if wanted("unicode61"), let unicode = build(folder, cache: cacheRoot + "/unicode61", tokenizer: .unicode61, enrich: false) {
            var line = "search build, text only, unicode61 tokenizer: \(unicode.articles) articles in \(unicode.times) = "
                + "\(String(format: "%.1f", megabytes / unicode.seconds)) MB/s"
            if let kabar {
                let ratio = kabar.seconds / unicode.seconds
                line += "; kabar/unicode61 \(String(format: "%.2f", ratio))× (bar ≤ \(String(format: "%.1f", maximumBuildRatio))×) "
                    + verdict(ratio <= maximumBuildRatio)
            }
            print(line)
        }
        try? FileManager.default.removeItem(atPath: cacheRoot + "/unicode61")

        // What `kabar index` and the reader build: the text, and each article's names and
        // dates. The bar holds for this build too.
        if wanted("enriched"), let enriched = build(folder, cache: cacheRoot + "/enriched", tokenizer: .kabar, enrich: true) {
            let speed = megabytes / enriched.seconds
            print("search build as kabar index does it (text, names and dates), kabar tokenizer: \(enriched.articles) articles in "
                  + "\(enriched.times) = \(String(format: "%.1f", speed)) MB/s (bar ≥ \(String(format: "%.0f", minimumBuildSpeed)) MB/s) "
                  + verdict(speed >= minimumBuildSpeed))
        }
        try? FileManager.default.removeItem(atPath: cacheRoot + "/enriched")

        let peak = peakMemoryMegabytes()
        print("search peak memory (VmHWM): \(peak.map { String(format: "%.0f MB", $0) } ?? "unknown") "
              + "(bar ≤ \(String(format: "%.0f", maximumPeakMemory)) MB) " + verdict(peak.map { $0 <= maximumPeakMemory }))

        // Last: it holds the whole corpus in memory, which the peak above does not count.
        if wanted("start") { StartBenchmark.run(folder: folder) }
    }

    struct Build {
        var seconds: Double
        /// CPU time of the process (all threads) during the build: this machine is shared,
        /// so wall time alone can mislead.
        var cpuSeconds: Double
        var articles: Int

        var times: String { String(format: "%.2f s (CPU %.2f s)", seconds, cpuSeconds) }
    }

    /// User + system CPU time of the whole process so far, in seconds.
    static func cpuTime() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// A fresh index of `folder` in `cache`: open, update, time both.
    static func build(_ folder: String, cache: String, tokenizer: IndexTokenizer, enrich: Bool) -> Build? {
        try? FileManager.default.removeItem(atPath: cache)
        var update = IndexUpdate()
        var index: SearchIndex?
        var failure: Error?
        let cpu = cpuTime()
        let time = Stopwatch.time {
            let opened = SearchIndex.open(folder: folder, cacheDirectory: cache, tokenizer: tokenizer, enrich: enrich)
            do { update = try opened.update(folder: folder) } catch { failure = error }
            index = opened
        }
        if let failure {
            print("search build (\(tokenizer), enrich \(enrich)) failed: \(failure)")
            return nil
        }
        if let warning = index?.warning { print("  warning: \(warning)") }
        for warning in update.warnings.prefix(3) { print("  warning: \(warning)") }
        return Build(seconds: Double(time) / 1e9, cpuSeconds: cpuTime() - cpu, articles: update.articles)
    }

    /// Query latency on the kabar index, opened afresh as a search would: p50 and p99 of
    /// `search(q, limit: 10)` (ranking, snippets, match offsets) over a fixed query list.
    /// The list is run three times and each query keeps its best time (this machine is shared,
    /// and one preempted run would make the p99); the first round is printed too.
    static func queries(_ folder: String, cache: String, corpus: SyntheticCorpus) {
        let index = SearchIndex.open(folder: folder, cacheDirectory: cache, tokenizer: .kabar, enrich: false)
        let list = queryList(corpus)
        _ = try? index.search(list[0], limit: 10)  // warm-up: connections, statements, analyser
        var best = [UInt64](repeating: .max, count: list.count)
        var first: [UInt64] = []
        var hits = 0, empty = 0
        for round in 0..<3 {
            for (number, query) in list.enumerated() {
                var found = 0
                let time = Stopwatch.time { found = (try? index.search(query, limit: 10))?.hits.count ?? 0 }
                best[number] = min(best[number], time)
                if round == 0 {
                    first.append(time)
                    hits += found
                    if found == 0 { empty += 1 }
                }
            }
        }
        if ProcessInfo.processInfo.environment["KABAR_BENCH_VERBOSE"] != nil {
            for (number, query) in list.enumerated() where best[number] > 8_000_000 || first[number] > 12_000_000 {
                print(String(format: "  %2d %@: first %.2f ms, best %.2f ms", number, query, Double(first[number]) / 1e6, Double(best[number]) / 1e6))
            }
        }
        func ms(_ ns: UInt64) -> String { String(format: "%.2f ms", Double(ns) / 1e6) }
        let p99 = Double(Stopwatch.percentile(best, 99)) / 1e6
        let slowest = zip(list, best).max { $0.1 < $1.1 }
        print("search queries (\(list.count) of 1–3 words, limit 10, with snippets and matches, best of 3 each): "
              + "p50 \(ms(Stopwatch.percentile(best, 50))), p99 \(ms(Stopwatch.percentile(best, 99))) "
              + "(bar p99 ≤ \(String(format: "%.0f", maximumP99)) ms) " + verdict(p99 <= maximumP99)
              + "; first round p50 \(ms(Stopwatch.percentile(first, 50))), p99 \(ms(Stopwatch.percentile(first, 99)))"
              + "; \(hits) hits, \(empty) queries with none; slowest \"\(slowest?.0 ?? "")\" \(ms(slowest?.1 ?? 0))")
    }

    /// 80 queries, drawn from the corpus's vocabulary with their own seed: very frequent
    /// forms, mid-frequency and rare ones, roots of the affixed forms (found only through
    /// the analyser's lemmas and roots), and pairs and triples of these.
    static func queryList(_ corpus: SyntheticCorpus) -> [String] {
        var random = SplitMix64(seed: corpus.seed ^ 0x0051_EA4C_4B0F)
        let words = corpus.words, roots = corpus.roots
        func frequent() -> String { words[random.below(min(words.count, 40))] }
        func middle() -> String { words[min(words.count - 1, 100 + random.below(900))] }
        func rare() -> String { words[min(words.count - 1, words.count / 2 + random.below(max(1, words.count / 2)))] }
        func root() -> String { roots[random.below(min(roots.count, 300))] }
        var list: [String] = []
        for _ in 0..<12 { list.append(frequent()) }
        for _ in 0..<10 { list.append(middle()) }
        for _ in 0..<14 { list.append(rare()) }
        for _ in 0..<14 { list.append(root()) }
        for _ in 0..<6 { list.append(frequent() + " " + middle()) }
        for _ in 0..<5 { list.append(root() + " " + middle()) }
        for _ in 0..<4 { list.append(frequent() + " " + rare()) }
        for _ in 0..<5 { list.append(frequent() + " " + frequent() + " " + middle()) }
        for _ in 0..<5 { list.append(root() + " " + frequent() + " " + root()) }
        for _ in 0..<5 { list.append(middle() + " " + rare() + " " + frequent()) }
        return list
    }

    /// `VmHWM` of /proc/self/status, in MB (10^6 bytes), or nil where there is none.
    static func peakMemoryMegabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kilobytes * 1024 / 1e6
    }

    static func verdict(_ pass: Bool?) -> String {
        switch pass {
        case true?: "PASS"
        case false?: "FAIL"
        case nil: "(not measured)"
        }
    }
}
