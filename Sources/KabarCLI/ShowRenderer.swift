import KabarApp
import KabarCore
import KabarTUI

/// `kabar show`: one article as formatted text, laid out exactly as the reader lays it out.
public enum ShowRenderer {
    /// Title, metadata line and body wrapped to `width` columns; ANSI colour only when asked.
    public static func render(_ analyzed: AnalyzedArticle, width: Int, color: Bool, theme: Theme = .default) -> String {
        let document = ArticleDocument(analyzed, width: max(20, width), theme: theme)
        return ANSIText.render(document.lines.map(\.content), color: color)
    }

    /// Whether `kabar show` colours its output: only on a terminal, never with NO_COLOR set,
    /// and not on `TERM=dumb`.
    public static func useColor(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }
}
