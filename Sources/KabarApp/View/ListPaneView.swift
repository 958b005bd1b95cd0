import KabarTUI

/// The article list on the left.
struct ListPaneView {
    let state: AppState

    func render(into buffer: inout Buffer) {
        let area = state.layout.list
        let box = state.box(for: .list, title: "\(Pane.list.title) (\(state.articles.count))")
        box.render(in: area, buffer: &buffer)
        let items = state.articles.enumerated().map { index, analyzed in
            let marker = index == state.openIndex ? "▸ " : "  "
            return StyledLine([
                Span(marker, style: state.theme.style("text.bullet")),
                Span(analyzed.article.title, style: state.theme.style(index == state.openIndex ? "text.title" : "text")),
            ])
        }
        if items.isEmpty {
            let rows = box.inner(of: area)
            buffer.setString(x: rows.x, y: rows.y, "No articles", style: state.theme.style("ui.placeholder"),
                             maxWidth: rows.width)
            return
        }
        let selectedStyle = state.theme.style(state.focus == .list ? "ui.selection" : "ui.selection.unfocused")
        ListView(items: items, selected: state.selected, offset: state.listOffset, selectedStyle: selectedStyle)
            .render(in: box.inner(of: area), buffer: &buffer)
    }
}
