import KabarCore
import KabarTUI

/// `kabar list`: one row per article.
public enum ListReport {
    /// `{"articles":[{"id","title","source","date","path","words"}]}`, with null for absent fields.
    public static func json(_ articles: [AnalyzedArticle]) -> JSONValue {
        .object([("articles", .array(articles.map { analyzed in
            let article = analyzed.article
            return .object([
                ("id", .string(article.id)),
                ("title", .string(article.title)),
                ("source", article.source.map(JSONValue.string) ?? .null),
                ("date", article.date.map { .string($0.description) } ?? .null),
                ("path", .string(article.path)),
                ("words", .int(analyzed.wordCount)),
            ])
        }))])
    }

    /// A plain table: id, date, source, words, title.
    public static func text(_ articles: [AnalyzedArticle]) -> String {
        let idWidth = max(2, articles.map { DisplayWidth.of($0.article.id.terminalSafe) }.max() ?? 0)
        var out = ""
        for analyzed in articles {
            let article = analyzed.article
            out += pad(article.id.terminalSafe, idWidth) + "  " + pad(article.date?.description ?? "-", 10) + "  "
            out += pad(String(analyzed.wordCount), 6, right: true) + " words  "
            out += article.title.terminalSafe
            if let source = article.source { out += " (\(source.terminalSafe))" }
            out += "\n"
        }
        return out
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        return right ? fill + text : text + fill
    }
}
