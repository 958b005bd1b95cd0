import Foundation
import KabarCore

/// Mention-level precision, recall and F1 (exact span and type) of the entity recogniser on
/// our own annotated texts (Tests/KabarCoreTests/Resources/entities-eval/*.txt, gold mentions
/// inline as [[TYPE|text]]), next to a capitalised-word baseline; and extraction speed.
enum EntityEval {
    struct Gold: Hashable {
        var type: EntityType
        var start: Int
        var end: Int
    }

    static let codes: [String: EntityType] = ["PER": .person, "ORG": .organization, "LOC": .location,
                                              "PRODUCT": .product, "EVENT": .event]

    /// The plain text and its gold mentions.
    static func parse(_ annotated: String) -> (text: String, gold: [Gold]) {
        var text = String.UnicodeScalarView()
        // The scalars written so far (counting `text` itself would walk it each time).
        var written = 0
        var gold: [Gold] = []
        let scalars = Array(TextNormalizer.nfc(annotated).unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "[", i + 1 < scalars.count, scalars[i + 1] == "[",
               let bar = scalars[(i + 2)...].firstIndex(of: "|"),
               let close = scalars[bar...].firstIndex(of: "]"), close + 1 < scalars.count, scalars[close + 1] == "]" {
                let code = String(String.UnicodeScalarView(scalars[(i + 2)..<bar]))
                let start = written
                text.append(contentsOf: scalars[(bar + 1)..<close])
                written += close - (bar + 1)
                if let type = codes[code] { gold.append(Gold(type: type, start: start, end: written)) }
                i = close + 2
            } else {
                text.append(scalars[i])
                written += 1
                i += 1
            }
        }
        return (String(text), gold)
    }

    static func run(_ articles: [Article]) {
        let recognizer = EntityRecognizer()
        evaluate("Tests/KabarCoreTests/Resources/entities-eval", label: "annotated texts of our own, used while writing the rules",
                 recognizer: recognizer)
        evaluate("Tests/KabarCoreTests/Resources/entities-dev", label: "dev texts",
                 recognizer: recognizer)
        // Held out: only the score is printed, never the misses (KABAR_EVAL_VERBOSE is ignored here);
        // KABAR_EVAL_NO_HELDOUT=1 skips it altogether while tuning.
        if ProcessInfo.processInfo.environment["KABAR_EVAL_NO_HELDOUT"] == nil {
            evaluate("Tests/KabarCoreTests/Resources/entities-heldout", label: "held-out texts, never used to tune",
                     recognizer: recognizer, listMisses: false)
        }
        speed(articles, recognizer: recognizer)
    }

    /// Scores the recogniser and the baseline on one folder of annotated texts.
    static func evaluate(_ folder: String, label: String, recognizer: EntityRecognizer, listMisses: Bool = true) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") && $0 != "README.txt" }.sorted()
        var ours: [EntityType: (tp: Int, fp: Int, fn: Int)] = [:]
        var baseline: [EntityType: (tp: Int, fp: Int, fn: Int)] = [:]
        for name in names {
            guard let annotated = try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8) else { continue }
            let (text, gold) = parse(annotated)
            let found = recognizer.mentions(in: text).map { Gold(type: $0.type, start: $0.start, end: $0.end) }
            score(Set(found), gold: Set(gold), into: &ours)
            if listMisses, ProcessInfo.processInfo.environment["KABAR_EVAL_VERBOSE"] != nil {
                let scalars = Array(text.unicodeScalars)
                func show(_ g: Gold) -> String { "\(g.type.rawValue.prefix(3)):\(scalars.string(g.start..<g.end))" }
                print("\(name) missed: " + Set(gold).subtracting(found).sorted { $0.start < $1.start }.map(show).joined(separator: ", "))
                print("\(name) wrong:  " + Set(found).subtracting(gold).sorted { $0.start < $1.start }.map(show).joined(separator: ", "))
            }
            score(Set(capitalisedBaseline(text)), gold: Set(gold), into: &baseline)
        }
        print("entities: \(names.count) \(label) (\(folder))")
        report("kabar   ", ours)
        report("baseline", baseline)
    }

    /// Every run of capitalised words, as a person (the commonest type).
    static func capitalisedBaseline(_ text: String) -> [Gold] {
        let tokens = Tokenizer().tokenize(text)
        var result: [Gold] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word, tokens[i].text.unicodeScalars.first?.properties.isUppercase == true else { i += 1; continue }
            var j = i + 1
            while j < tokens.count, tokens[j].kind == .word, tokens[j].text.unicodeScalars.first?.properties.isUppercase == true { j += 1 }
            result.append(Gold(type: .person, start: tokens[i].start, end: tokens[j - 1].end))
            i = j
        }
        return result
    }

    static func score(_ found: Set<Gold>, gold: Set<Gold>, into table: inout [EntityType: (tp: Int, fp: Int, fn: Int)]) {
        for type in EntityType.allCases {
            let f = found.filter { $0.type == type }, g = gold.filter { $0.type == type }
            var row = table[type] ?? (0, 0, 0)
            row.tp += f.intersection(g).count
            row.fp += f.subtracting(g).count
            row.fn += g.subtracting(f).count
            table[type] = row
        }
    }

    static func report(_ label: String, _ table: [EntityType: (tp: Int, fp: Int, fn: Int)]) {
        func f1(_ row: (tp: Int, fp: Int, fn: Int)) -> String {
            let p = row.tp + row.fp == 0 ? 0 : Double(row.tp) / Double(row.tp + row.fp)
            let r = row.tp + row.fn == 0 ? 0 : Double(row.tp) / Double(row.tp + row.fn)
            let f = p + r == 0 ? 0 : 2 * p * r / (p + r)
            return String(format: "P %.2f R %.2f F1 %.2f", p, r, f)
        }
        let core: [EntityType] = [.person, .organization, .location]
        let sum = core.reduce((tp: 0, fp: 0, fn: 0)) { acc, type in
            let row = table[type] ?? (0, 0, 0)
            return (acc.tp + row.tp, acc.fp + row.fp, acc.fn + row.fn)
        }
        var line = "  \(label) PER+ORG+LOC \(f1(sum))"
        for type in EntityType.allCases { line += " | \(type.rawValue) \(f1(table[type] ?? (0, 0, 0)))" }
        print(line)
    }

    static func speed(_ articles: [Article], recognizer: EntityRecognizer) {
        // The text: the bundled articles and the eval and dev texts (not the held-out ones).
        var documents = articles.map { (title: $0.title, body: $0.body) }
        for folder in ["Tests/KabarCoreTests/Resources/entities-eval", "Tests/KabarCoreTests/Resources/entities-dev"] {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") && $0 != "README.txt" }.sorted()
            for name in names {
                guard let annotated = try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8) else { continue }
                let text = parse(annotated).text
                let lines = text.split(separator: "\n", maxSplits: 1)
                documents.append((title: String(lines.first ?? ""), body: lines.count > 1 ? String(lines[1]) : ""))
            }
        }
        let sample = documents.map { $0.title + "\n\n" + $0.body }.joined(separator: "\n\n")
        // KABAR_BENCH_BYTES sets the size (4 MB by default; smaller for a run under valgrind).
        let size = ProcessInfo.processInfo.environment["KABAR_BENCH_BYTES"].flatMap(Int.init) ?? 4_000_000
        let copies = max(1, size / max(1, sample.utf8.count))
        let text = Array(repeating: sample, count: copies).joined(separator: "\n\n")
        var count = recognizer.mentions(in: sample).count  // warm-up: name lists and caches loaded
        // Best of three: this shared machine's timings vary from run to run.
        var time = UInt64.max
        for _ in 0..<3 { time = min(time, Stopwatch.time { count = recognizer.mentions(in: text).count }) }
        let seconds = Double(time) / 1e9
        var tokens: [Token] = []
        let tokenizing = Stopwatch.time { tokens = Tokenizer().tokenize(text) }
        let splitting = Stopwatch.time { _ = SentenceSplitter().split(text, tokens: tokens) }
        let megabytes = Double(text.utf8.count) / 1e6
        print(String(format: "entities speed, one thread, one text: %.1f MB, %d mentions in %.3f s = %.1f MB/s "
                     + "(of which tokenizing %.3f s, sentence splitting %.3f s)",
                     megabytes, count, seconds, megabytes / seconds, Double(tokenizing) / 1e9, Double(splitting) / 1e9))

        // As `kabar entities` and the reader do it: each article recognised on its own (title
        // and body, tokens included), articles in parallel on every core. Each copy's title
        // is numbered, so no copy is served from the per-content cache.
        var corpus: [AnalyzedArticle] = []
        for copy in 0..<copies {
            for (number, document) in documents.enumerated() {
                let article = Article(id: "\(copy)-\(number)", path: "", title: document.title + " (\(copy))",
                                      blocks: [Block(kind: .paragraph, text: document.body)])
                corpus.append(AnalyzedArticle(article))
            }
        }
        let corpusBytes = corpus.reduce(0) { $0 + $1.article.title.utf8.count + $1.article.body.utf8.count }
        var corpusTime = UInt64.max
        var corpusMentions = 0
        for _ in 0..<3 {
            let fresh = corpus.map { AnalyzedArticle($0.article) }  // tokens not yet made
            let index = EntityIndex(recognizer: recognizer)
            corpusTime = min(corpusTime, Stopwatch.time {
                corpusMentions = index.mentions(ofAll: fresh).reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.count } }
            })
        }
        // The same, one article after the other on one thread: the parallel run's gain.
        var serialTime = UInt64.max
        for _ in 0..<3 {
            let fresh = corpus.map { AnalyzedArticle($0.article) }
            let index = EntityIndex(recognizer: recognizer)
            serialTime = min(serialTime, Stopwatch.time { for article in fresh { _ = index.mentions(of: article) } })
        }
        print(String(format: "entities speed, %d articles on one thread: %.1f MB in %.3f s = %.1f MB/s",
                     corpus.count, Double(corpusBytes) / 1e6, Double(serialTime) / 1e9, Double(corpusBytes) / 1e6 / (Double(serialTime) / 1e9)))
        let corpusSeconds = Double(corpusTime) / 1e9
        print(String(format: "entities speed, %d articles on %d cores: %.1f MB, %d mentions in %.3f s = %.1f MB/s",
                     corpus.count, ProcessInfo.processInfo.activeProcessorCount, Double(corpusBytes) / 1e6,
                     corpusMentions, corpusSeconds, Double(corpusBytes) / 1e6 / corpusSeconds))
    }
}
