import KabarTUI

/// The bottom line: key hints on the left, position or a message on the right.
struct StatusLineView {
    let state: AppState

    func render(into buffer: inout Buffer) {
        let area = state.layout.status
        let theme = state.theme
        buffer.fill(area, with: Cell(symbol: " ", style: theme.style("ui.status")))
        let right = state.status ?? position
        let rightWidth = min(area.width, DisplayWidth.of(right))
        var x = area.x + 1
        let limit = area.right - rightWidth - 2
        for (key, what) in hints where x < limit {
            x += buffer.setString(x: x, y: area.y, key, style: theme.style("ui.status.key"), maxWidth: limit - x)
            x += buffer.setString(x: x, y: area.y, " \(what)  ", style: theme.style("ui.status"), maxWidth: max(0, limit - x))
        }
        let style = theme.style(state.status == nil ? "ui.status" : "ui.status.message")
        buffer.setString(x: max(area.x, area.right - rightWidth - 1), y: area.y, right, style: style, maxWidth: rightWidth)
    }

    /// Hints for the focused pane, most useful first, with the keys the live key map has.
    var hints: [(String, String)] {
        var hints = [("q", "quit"), ("?", "help"), ("/", "search"), ("Tab", "pane")]
        switch state.focus {
        case .list: hints += [("j/k", "move"), ("Enter", "open")]
        case .article: hints += [("w/b", "word"), ("Space", "page"), ("j/k", "scroll")]
        default: break
        }
        return hints.compactMap { keys, what in state.keymap.hint(keys, in: state.focus).map { ($0, what) } }
    }

    /// "article 1/2 · word 3/640 · 12%".
    var position: String {
        if state.startingUp {
            guard let loading = state.loading, loading.total > 0 else { return "reading the articles…" }
            return loading.description
        }
        guard let index = state.openIndex, let document = state.document else {
            return state.articles.isEmpty ? "no articles" : ""
        }
        var parts = ["article \(index + 1)/\(state.articles.count)"]
        if !document.words.isEmpty { parts.append("word \(state.cursor + 1)/\(document.words.count)") }
        let percent = state.maxScroll == 0 ? 100 : state.scroll * 100 / state.maxScroll
        parts.append("\(percent)%")
        return parts.joined(separator: " · ")
    }
}
