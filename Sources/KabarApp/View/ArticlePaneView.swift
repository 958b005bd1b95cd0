import KabarTUI

/// The open article in the centre, with the word cursor.
struct ArticlePaneView {
    let state: AppState

    func render(into buffer: inout Buffer) {
        let layout = state.layout
        let title = state.openArticle.map { "\(Pane.article.title) · \($0.article.id)" } ?? Pane.article.title
        state.box(for: .article, title: title).render(in: layout.article, buffer: &buffer)
        let text = layout.articleText
        guard let document = state.document else {
            let placeholder = state.startingUp ? Self.progressText(state.loading) : "Select an article and press Enter."
            buffer.setString(x: text.x, y: text.y, placeholder, style: state.theme.style("ui.placeholder"), maxWidth: text.width)
            return
        }
        let visible = document.lines[min(state.scroll, document.lines.count)..<min(document.lines.count, state.scroll + text.height)]
        TextView(lines: visible.map(\.content), scroll: 0, style: state.theme.style("text"))
            .render(in: text, buffer: &buffer)
        for (index, entity) in state.entityWords {
            let type = state.navigation.entities[entity].type
            mark(document.words[index], style: state.theme.style("entity.\(type.rawValue)"), text: text, buffer: &buffer)
        }
        if let time = state.timeHighlight {
            for word in document.words where word.field == time.field && word.start >= time.start && word.start < time.end {
                mark(word, style: state.theme.style("time"), text: text, buffer: &buffer)
            }
        }
        if !state.searchMarksHidden {
            for range in state.searchWords {
                for index in range {
                    mark(document.words[index], style: state.theme.style("search.match"), text: text, buffer: &buffer)
                }
            }
        }
        if let words = state.cursorReading?.expressionWords {
            for index in words {
                mark(document.words[index], style: state.theme.style("gloss.expression"), text: text, buffer: &buffer)
            }
        }
        if let word = state.cursorWord, word.line >= state.scroll, word.line < state.scroll + text.height {
            let width = min(word.width, text.width - word.column)
            let cell = Rect(x: text.x + word.column, y: text.y + word.line - state.scroll, width: width, height: 1)
            buffer.patchStyle(cell, with: state.theme.style("ui.cursor"))
        }
    }

    /// What the pane says while the reader waits for its articles.
    static func progressText(_ progress: LoadProgress?) -> String {
        guard let progress, progress.total > 0 else { return "Reading the articles…" }
        return "Reading the articles… \(LoadProgress.grouped(progress.done)) of \(LoadProgress.grouped(progress.total))"
    }

    /// Lays a style over a word's cells when it is on screen.
    func mark(_ word: DocumentWord, style: Style, text: Rect, buffer: inout Buffer) {
        guard word.line >= state.scroll, word.line < state.scroll + text.height else { return }
        let width = min(word.width, text.width - word.column)
        buffer.patchStyle(Rect(x: text.x + word.column, y: text.y + word.line - state.scroll, width: width, height: 1), with: style)
    }
}
