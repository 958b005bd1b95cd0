import KabarCore
import KabarTUI

/// The timeline pane: every dated expression of the corpus (or of the open article, with
/// `a`) under year and month headings, the open article's marked with "•". `Enter` jumps to
/// the sentence and highlights the expression.
struct TimelinePaneView {
    let state: AppState

    func render(into buffer: inout Buffer) {
        let area = state.layout.rect(of: .timeline)
        guard !area.isEmpty else { return }
        let scope = state.timelineArticleOnly ? "article" : "all"
        let box = state.box(for: .timeline, title: "\(Pane.timeline.title) · \(scope)")
        box.render(in: area, buffer: &buffer)
        let inner = box.inner(of: area)
        let theme = state.theme
        let rows = state.timelineRows
        guard !rows.isEmpty else {
            buffer.setString(x: inner.x + 1, y: inner.y, "No dates found.", style: theme.style("ui.placeholder"),
                             maxWidth: max(0, inner.width - 2))
            return
        }
        var lines: [StyledLine] = []
        var selectedLine = 0
        var eventNumber = 0
        for row in rows {
            switch row {
            case .heading(let text):
                lines.append(StyledLine(text, style: theme.style("text.heading")))
            case .event(let index):
                let event = state.timeline[index]
                if eventNumber == state.timelineSelection { selectedLine = lines.count }
                let here = state.timelineArticles[index] == state.openIndex
                lines.append(StyledLine([
                    Span(here ? "•" : " ", style: theme.style("time")),
                    Span(TimelinePaneView.label(event.expression.value) + " ", style: theme.style("time.value")),
                    Span(event.expression.text, style: theme.style("time")),
                    Span(" " + TimelinePaneView.flat(event.sentence), style: theme.style("text.meta")),
                ]))
                eventNumber += 1
            }
        }
        let offset = ListView.offset(keeping: selectedLine, visible: inner.height, current: 0)
        let selectedStyle = theme.style(state.focus == .timeline ? "ui.selection" : "ui.selection.unfocused")
        ListView(items: lines, selected: selectedLine, offset: offset, selectedStyle: selectedStyle)
            .render(in: inner, buffer: &buffer)
    }

    /// The value without the year the heading already shows: "01-27", "W05", "Q3"; whole
    /// for durations and repeats; "?" when unresolved.
    static func label(_ value: String?) -> String {
        guard let value else { return "?" }
        guard TimexOrder.start(of: value) != nil, value.utf8.count > 5 else { return value }
        return String(value.dropFirst(5))
    }

    static func flat(_ sentence: String) -> String {
        sentence.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}
