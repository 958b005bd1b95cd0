import KabarCore
import KabarTUI

/// The timeline pane: every dated expression of the corpus (or of the open article, with
/// `a`) under year and month headings, the open article's marked with "•". `Enter` jumps to
/// the sentence and highlights the expression.
struct TimelinePaneView {
    let state: AppState

    func render(into buffer: inout Buffer) {
        let scope = state.timelineArticleOnly ? "article" : "all"
        let theme = state.theme
        let rows = state.timelineRows
        let selectedLine = ListPaneFrame.line(ofItem: state.timelineSelection, in: rows, isItem: \.isEvent)
        let frame = ListPaneFrame(state: state, pane: .timeline, title: "\(Pane.timeline.title) · \(scope)")
        let window = frame.window(count: rows.count, selected: selectedLine)
        let lines = rows[window].map { row -> StyledLine in
            switch row {
            case .heading(let text):
                return StyledLine(text, style: theme.style("text.heading"))
            case .event(let index):
                let event = state.timeline[index]
                let here = state.timelineArticles[index] == state.openIndex
                return StyledLine([
                    Span(here ? "•" : " ", style: theme.style("time")),
                    Span(TimelinePaneView.label(event.expression.value) + " ", style: theme.style("time.value")),
                    Span(event.expression.text, style: theme.style("time")),
                    Span(" " + TimelinePaneView.flat(event.sentence), style: theme.style("text.meta")),
                ])
            }
        }
        frame.render(lines: lines, selectedLine: selectedLine - window.lowerBound,
                     placeholder: state.corpusPending ? "Finding dates…" : "No dates found.", into: &buffer)
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
