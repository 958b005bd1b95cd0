import KabarCore
import KabarTUI

/// The glossary pane: follows the word cursor live with the word, its lemma and root, the
/// affix breakdown, the part of speech and the English gloss.
struct GlossaryPaneView {
    let state: AppState

    func render(into buffer: inout Buffer) {
        let area = state.layout.rect(of: .glossary)
        guard !area.isEmpty else { return }
        let box = state.box(for: .glossary, title: Pane.glossary.title)
        box.render(in: area, buffer: &buffer)
        let inner = box.inner(of: area)
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        TextView(lines: lines(width: max(1, content.width))).render(in: content, buffer: &buffer)
    }

    func lines(width: Int) -> [StyledLine] {
        let theme = state.theme
        guard let reading = state.cursorReading else {
            return [StyledLine("Move the word cursor (w/b) to see a word's meaning.", style: theme.style("ui.placeholder"))]
        }
        var lines: [StyledLine] = []
        func wrapped(_ text: String, _ style: Style, indent: String = "") {
            for piece in TextWrap.wrap(text, width: max(1, width - DisplayWidth.of(indent))) {
                lines.append(StyledLine([Span(indent), Span(text.scalarSlice(piece.start..<piece.end), style: style)]))
            }
        }
        lines.append(StyledLine(reading.word, style: theme.style("gloss.word")))
        if let length = reading.skippedLength {
            wrapped(AppState.tooLongNote(length), theme.style("ui.placeholder"))
            return lines
        }
        if let expression = reading.expression {
            lines.append(StyledLine([Span(expression.headword, style: theme.style("gloss.headword")),
                                     Span(" · \(expression.pos)", style: theme.style("gloss.pos"))]))
            wrapped(expression.gloss, theme.style("gloss.text"))
        }
        guard let best = reading.analyses.first else {
            if reading.expression == nil {
                wrapped("Not in the glossary.", theme.style("ui.placeholder"))
            }
            return lines
        }
        lines.append(StyledLine([Span(best.lemma, style: theme.style("gloss.headword")),
                                 Span(" · \(best.pos)", style: theme.style("gloss.pos"))]))
        if !best.affixes.isEmpty {
            wrapped(best.breakdown(of: Glossary.fold(reading.word)), theme.style("gloss.affix"))
        } else if best.root != best.lemma {
            wrapped("root: \(best.root)", theme.style("gloss.affix"))
        }
        wrapped(best.gloss, theme.style("gloss.text"))
        if best.source != "kabar" {
            wrapped("(\(best.source))", theme.style("text.meta"))
        }
        if let notes = best.notes {
            wrapped(notes, theme.style("text.meta"))
        }
        if reading.analyses.count > 1 {
            wrapped("+\(reading.analyses.count - 1) more: Enter", theme.style("text.meta"))
        }
        return lines
    }
}
