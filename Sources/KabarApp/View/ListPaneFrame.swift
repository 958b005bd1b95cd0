import KabarTUI

/// The frame shared by the list-like side panes (entities, timeline): a titled box, a
/// placeholder when there is nothing to list, otherwise the lines with the selected one
/// kept in view and highlighted (less strongly when the pane is not focused).
struct ListPaneFrame {
    let state: AppState
    let pane: Pane
    let title: String

    func render(lines: [StyledLine], selectedLine: Int, placeholder: String, into buffer: inout Buffer) {
        let area = state.layout.rect(of: pane)
        guard !area.isEmpty else { return }
        let box = state.box(for: pane, title: title)
        box.render(in: area, buffer: &buffer)
        let inner = box.inner(of: area)
        let theme = state.theme
        guard !lines.isEmpty else {
            buffer.setString(x: inner.x + 1, y: inner.y, placeholder, style: theme.style("ui.placeholder"),
                             maxWidth: max(0, inner.width - 2))
            return
        }
        let offset = ListView.offset(keeping: selectedLine, visible: inner.height, current: 0)
        let selectedStyle = theme.style(state.focus == pane ? "ui.selection" : "ui.selection.unfocused")
        ListView(items: lines, selected: selectedLine, offset: offset, selectedStyle: selectedStyle)
            .render(in: inner, buffer: &buffer)
    }
}
