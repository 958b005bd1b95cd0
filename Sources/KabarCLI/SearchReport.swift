import KabarCore
import KabarSearch

/// `kabar search` and `kabar index` output.
public enum SearchReport {
    /// `{"query","hits":[{"article","title","score","snippet","matches":[{"field","start","end","text"}]}]}`.
    public static func json(_ results: SearchResults) -> JSONValue {
        .object([
            ("query", .string(results.query)),
            ("hits", .array(results.hits.map { hit in
                .object([
                    ("article", .string(hit.article)),
                    ("title", .string(hit.title)),
                    ("score", .double(hit.score)),
                    ("snippet", .string(hit.snippet)),
                    ("matches", .array(hit.matches.map { match in
                        .object([("field", .string(match.field.rawValue)), ("start", .int(match.start)),
                                 ("end", .int(match.end)), ("text", .string(match.text))])
                    })),
                ])
            })),
        ])
    }

    /// Per hit: "title — article (score, N matches)" and the snippet on the next line.
    public static func text(_ results: SearchResults) -> String {
        guard !results.hits.isEmpty else { return "no articles match \(results.query.terminalSafe)\n" }
        return results.hits.map { hit in
            "\(hit.title.terminalSafe) — \(hit.article.terminalSafe) (score \(hit.score), \(hit.matches.count) match\(hit.matches.count == 1 ? "" : "es"))\n    \(hit.snippet.terminalSafe)\n"
        }.joined()
    }

    /// "Articles: 2 indexed (1 added, 0 changed, 0 removed, 1 unchanged), 0.1 MB in 0.05 s".
    public static func indexSummary(_ update: IndexUpdate, location: String?) -> String {
        let megabytes = Double(update.bytes) / 1_000_000
        var line = "\(update.articles) articles indexed (\(update.added) added, \(update.changed) changed, "
            + "\(update.removed) removed, \(update.unchanged) unchanged), "
            + String(format: "%.1f MB read in %.2f s", megabytes, update.seconds)
        if update.seconds > 0, update.bytes > 0 { line += String(format: " (%.1f MB/s)", megabytes / update.seconds) }
        line += "\n" + (location.map { "index: \($0.terminalSafe)" } ?? "index: in memory") + "\n"
        return line
    }
}
