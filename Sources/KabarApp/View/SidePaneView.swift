import KabarCore
import KabarTUI

/// The timeline pane on the right. Until the timeline exists it says so plainly.
struct SidePaneView {
    let state: AppState
    let pane: Pane

    func render(into buffer: inout Buffer) {
        let area = state.layout.rect(of: pane)
        guard !area.isEmpty else { return }
        let box = state.box(for: pane, title: pane.title)
        box.render(in: area, buffer: &buffer)
        let inner = box.inner(of: area)
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        var lines: [StyledLine] = []
        for piece in TextWrap.wrap(placeholder, width: max(1, content.width)) {
            let text = placeholder.scalarSlice(piece.start..<piece.end)
            lines.append(StyledLine(text, style: state.theme.style("ui.placeholder")))
        }
        TextView(lines: lines).render(in: content, buffer: &buffer)
    }

    var placeholder: String {
        switch pane {
        case .timeline: "No timeline yet: dates are not extracted in this version."
        default: ""
        }
    }
}
