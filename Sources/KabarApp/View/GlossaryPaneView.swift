import KabarCore
import KabarTUI

/// The glossary pane: follows the word cursor live with the word, its lemma and root, the
/// affix breakdown, the part of speech and the English gloss; on a highlighted name, the
/// entity it names and how often the articles name it.
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
        func wrapped(_ text: String, _ style: Style) { lines += Self.wrap(text, style, width: width) }
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
        let entity = entityLines(width: width)
        guard let best = reading.analyses.first else {
            if !entity.isEmpty {
                // A name: what it names says more than the glossary, which lists no names.
                if reading.expression != nil { lines.append(StyledLine("")) }
                lines += entity
            } else if reading.expression == nil {
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
        if !entity.isEmpty {
            lines.append(StyledLine(""))
            lines += entity
        }
        return lines
    }

    static let typeNames: [EntityType: String] = [
        .person: "person", .organization: "organisation", .location: "place", .product: "product", .event: "event",
    ]

    /// `text` wrapped to `width` columns, in `style`.
    static func wrap(_ text: String, _ style: Style, width: Int) -> [StyledLine] {
        TextWrap.wrap(text, width: max(1, width)).map { StyledLine(text.scalarSlice($0.start..<$0.end), style: style) }
    }

    /// The entity under the word cursor: "Liang Wenfeng · person", then "10 mentions in
    /// 2 articles", then the keys that jump between its mentions.
    func entityLines(width: Int) -> [StyledLine] {
        guard let index = state.entityWords[state.cursor], index < state.navigation.entities.count else { return [] }
        let theme = state.theme
        let entity = state.navigation.entities[index]
        let mentions = state.navigation.mentionCounts[index], articles = state.navigation.articleCounts[index]
        let summary = "\(Self.typeNames[entity.type] ?? entity.type.rawValue) · \(mentions) mention\(mentions == 1 ? "" : "s") in "
            + "\(articles) article\(articles == 1 ? "" : "s")"
        var lines = Self.wrap(entity.name, theme.style("entity.\(entity.type.rawValue)"), width: width)
            + Self.wrap(summary, theme.style("gloss.pos"), width: width)
        // The keys as the key map has them now (none when both are unbound).
        if mentions > 1, let jump = state.keymap.hint("]/[", in: .article) {
            lines += Self.wrap("\(jump.replacingOccurrences(of: "/", with: " / ")) next / previous mention", theme.style("text.meta"), width: width)
        }
        return lines
    }
}
