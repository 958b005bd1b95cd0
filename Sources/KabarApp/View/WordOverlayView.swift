import KabarCore
import KabarTUI

/// The word popup (`Enter` on a word): every reading, then the other sentences where the
/// same lemma occurs across the articles. `j`/`k` scroll it; `Esc` closes it.
struct WordOverlayView {
    let state: AppState
    let details: WordDetails

    func render(into buffer: inout Buffer) {
        let theme = state.theme
        let width = min(buffer.width - 4, 90)
        let area = Layout.centered(in: buffer.area, width: width, height: buffer.height - 4)
        Clear(style: theme.style("ui.help")).render(in: area, buffer: &buffer)
        let box = BorderBox(title: "\(details.word) · Esc closes", borderStyle: theme.style("ui.border.focused"),
                            titleStyle: theme.style("ui.title.focused"))
        box.render(in: area, buffer: &buffer)
        let inner = box.inner(of: area)
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let all = lines(width: max(1, content.width))
        let first = min(state.overlayScroll, max(0, all.count - content.height))
        TextView(lines: Array(all.dropFirst(first)), style: theme.style("ui.help")).render(in: content, buffer: &buffer)
    }

    func lines(width: Int) -> [StyledLine] {
        let theme = state.theme
        var lines: [StyledLine] = []
        func wrapped(_ text: String, _ style: Style, indent: String = "") {
            for (index, piece) in TextWrap.wrap(text, width: max(1, width - DisplayWidth.of(indent))).enumerated() {
                let lead = index == 0 ? indent : String(repeating: " ", count: DisplayWidth.of(indent))
                lines.append(StyledLine([Span(lead, style: theme.style("ui.help")),
                                         Span(text.scalarSlice(piece.start..<piece.end), style: style)]))
            }
        }
        if let expression = details.expression {
            wrapped("\(expression.headword) (\(expression.pos)): \(expression.gloss)", theme.style("gloss.headword"))
            lines.append(StyledLine())
        }
        if let length = details.skippedLength {
            wrapped(AppState.tooLongNote(length), theme.style("ui.placeholder"))
        } else if details.analyses.isEmpty {
            wrapped("No reading in the glossary.", theme.style("ui.placeholder"))
        }
        for (number, analysis) in details.analyses.enumerated() {
            wrapped("\(number + 1). \(analysis.lemma) (\(analysis.pos)) \(analysis.gloss)", theme.style("gloss.headword"))
            if !analysis.affixes.isEmpty {
                wrapped(analysis.breakdown(of: Glossary.fold(details.word)), theme.style("gloss.affix"), indent: "   ")
            }
            var origin = "root \(analysis.root) · \(analysis.source)"
            if let notes = analysis.notes { origin += " · \(notes)" }
            wrapped(origin, theme.style("text.meta"), indent: "   ")
        }
        lines.append(StyledLine())
        let heading = details.occurrences.isEmpty ? "No other sentences with this lemma." : "Other sentences with this lemma:"
        lines.append(StyledLine(heading, style: theme.style("text.heading")))
        for occurrence in details.occurrences {
            wrapped("\(occurrence.sentence)  [\(occurrence.articleID)]", theme.style("ui.help"), indent: "• ")
        }
        return lines
    }
}
