import KabarTUI

/// The frame shared by the list-like side panes (entities, timeline): a titled box, a
/// placeholder when there is nothing to list, otherwise the lines with the selected one
/// kept in view and highlighted (less strongly when the pane is not focused).
struct ListPaneFrame {
    let state: AppState
    let pane: Pane
    let title: String

    /// Which of `count` lines can be seen with line `selected` kept in view. A pane with
    /// hundreds of thousands of rows (a large corpus's timeline) makes only these lines and
    /// passes them to `render` with the selection counted from the window's first line.
    func window(count: Int, selected: Int) -> Range<Int> {
        let area = state.layout.rect(of: pane)
        guard !area.isEmpty, count > 0 else { return 0..<0 }
        let height = max(1, state.box(for: pane, title: title).inner(of: area).height)
        let offset = ListView.offset(keeping: min(selected, count - 1), visible: height, current: 0)
        return offset..<min(count, offset + height)
    }

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

    /// The line of the `item`-th selectable row (headings between them are not items); the
    /// first line when there is no such row.
    static func line<Row>(ofItem item: Int, in rows: [Row], isItem: (Row) -> Bool) -> Int {
        var number = 0
        for (line, row) in rows.enumerated() where isItem(row) {
            if number == item { return line }
            number += 1
        }
        return 0
    }
}
