import KabarTUI

/// The article list on the left.
struct ListPaneView {
    let state: AppState

    func render(into buffer: inout Buffer) {
        let area = state.layout.list
        let box = state.box(for: .list, title: "\(Pane.list.title) (\(state.articles.count))")
        box.render(in: area, buffer: &buffer)
        // Only the rows on screen are built: a corpus may hold tens of thousands of articles.
        let height = max(0, box.inner(of: area).height)
        let first = min(state.listOffset, state.articles.count)
        let visible = first..<min(state.articles.count, first + height)
        let items = visible.map { index in
            let marker = index == state.openIndex ? "▸ " : "  "
            return StyledLine([
                Span(marker, style: state.theme.style("text.bullet")),
                Span(state.articles[index].article.title, style: state.theme.style(index == state.openIndex ? "text.title" : "text")),
            ])
        }
        if state.articles.isEmpty {
            let rows = box.inner(of: area)
            buffer.setString(x: rows.x, y: rows.y, state.startingUp ? "Reading…" : "No articles", style: state.theme.style("ui.placeholder"),
                             maxWidth: rows.width)
            return
        }
        let selectedStyle = state.theme.style(state.focus == .list ? "ui.selection" : "ui.selection.unfocused")
        ListView(items: items, selected: state.selected - first, offset: 0, selectedStyle: selectedStyle)
            .render(in: box.inner(of: area), buffer: &buffer)
    }
}
