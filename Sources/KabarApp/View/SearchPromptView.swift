import KabarTUI

/// The `/` prompt: the query on the bottom line (over the status line), and above it a
/// panel with the live results, two rows each: the title and the snippet with the matched
/// words marked.
struct SearchPromptView {
    let state: AppState
    let prompt: SearchPrompt

    /// The panel's rectangle: the lower part of the screen, above the prompt line.
    static func panel(in layout: ScreenLayout) -> Rect {
        let height = max(4, (layout.height - 1) * 3 / 5)
        return Rect(x: 0, y: layout.status.y - height, width: layout.width, height: height)
    }

    func render(into buffer: inout Buffer) {
        renderPanel(into: &buffer)
        renderLine(into: &buffer)
    }

    /// "/saing▏" with the caret, and a message at the right.
    func renderLine(into buffer: inout Buffer) {
        let area = state.layout.status
        let theme = state.theme
        buffer.fill(area, with: Cell(symbol: " ", style: theme.style("ui.prompt")))
        let message = state.status ?? ""
        let messageWidth = min(area.width / 2, DisplayWidth.of(message))
        var x = area.x + buffer.setString(x: area.x, y: area.y, "/", style: theme.style("ui.prompt.key"))
        let room = max(1, area.width - 1 - (messageWidth > 0 ? messageWidth + 2 : 0))
        // Keep the caret in view: drop characters from the left while the text before it is too wide.
        var first = 0
        while first < prompt.caret,
              DisplayWidth.of(String(prompt.text[first..<prompt.caret])) + 1 > room { first += 1 }
        for (offset, character) in prompt.text[first...].enumerated() {
            let width = DisplayWidth.of(character)
            guard x + width <= area.x + 1 + room else { break }
            let caret = first + offset == prompt.caret
            x += buffer.setString(x: x, y: area.y, String(character),
                                  style: theme.style(caret ? "ui.prompt.caret" : "ui.prompt"))
        }
        if prompt.caret == prompt.text.count, x < area.right {
            buffer.setString(x: x, y: area.y, " ", style: theme.style("ui.prompt.caret"))
        }
        if messageWidth > 0 {
            buffer.setString(x: area.right - messageWidth - 1, y: area.y, message,
                             style: theme.style("ui.status.message"), maxWidth: messageWidth)
        }
    }

    func renderPanel(into buffer: inout Buffer) {
        let theme = state.theme
        let area = Self.panel(in: state.layout)
        Clear(style: theme.style("ui.help")).render(in: area, buffer: &buffer)
        let box = BorderBox(title: title, borderStyle: theme.style("ui.border.focused"),
                            titleStyle: theme.style("ui.title.focused"))
        box.render(in: area, buffer: &buffer)
        let inner = box.inner(of: area)
        let content = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
        var y = content.y
        /// One row of the panel in `base` (the selection's, on the selected result), across the inner width.
        func line(_ styled: StyledLine, base: Style = theme.style("ui.help")) {
            guard y < content.bottom else { return }
            buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: Cell(symbol: " ", style: base))
            buffer.setLine(x: content.x, y: y, styled.truncated(toWidth: content.width), style: base)
            y += 1
        }
        let placeholder = theme.style("ui.placeholder")
        if let note = state.searchNote, state.searchEngine == nil {
            line(StyledLine(note, style: placeholder))
            return
        }
        guard let results = prompt.results else {
            if prompt.query.allSatisfy(\.isWhitespace) {
                line(StyledLine("Type to search: words (saing finds menyaingi), \"phrases\", OR, -word, prefix*,", style: placeholder))
                line(StyledLine("title:, source:, entity:, date:. Up/Down: earlier searches.", style: placeholder))
            }
            return
        }
        for note in results.notes { line(StyledLine(note, style: theme.style("text.meta"))) }
        guard !results.hits.isEmpty else {
            if !prompt.waiting { line(StyledLine("No articles match.", style: placeholder)) }
            return
        }
        let match = theme.style("search.match")
        let visible = max(1, (content.bottom - y) / 2)
        let top = ListView.offset(keeping: prompt.selection, visible: visible, current: 0)
        for (index, hit) in results.hits.enumerated().dropFirst(top).prefix(visible) {
            let base = index == prompt.selection ? theme.style("ui.help").patched(with: theme.style("ui.selection")) : theme.style("ui.help")
            line(StyledLine([Span(hit.title, style: theme.style("text.title")),
                             Span("  \(hit.articleID)", style: theme.style("text.meta"))]), base: base)
            let snippet = SnippetLine.line(hit.snippet, style: .plain, match: match)
            line(StyledLine([Span("  ")] + SnippetLine.fitted(snippet, width: content.width - 2, match: match).spans), base: base)
        }
    }

    /// "Search · 3 articles · C-n/C-p choose · Enter opens · Esc cancels".
    var title: String {
        var parts = ["Search"]
        if prompt.waiting {
            parts.append("searching…")
        } else if let results = prompt.results {
            parts.append(results.hits.count == 1 ? "1 article" : "\(results.hits.count) articles")
        }
        parts.append("C-n/C-p choose · Enter opens · Esc cancels")
        return parts.joined(separator: " · ")
    }
}
